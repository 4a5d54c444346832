package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/** Three-valued logical NOT: NOT NULL is NULL. */
public record Not(Expression child) implements Expression {
    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public boolean nullable() {
        return child.nullable();
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withChildren(List<Expression> c) {
        return new Not(c.get(0));
    }

    @Override
    public String toString() {
        return "(NOT " + child + ")";
    }
}
