package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/** Three-valued logical AND. */
public record And(Expression left, Expression right) implements Expression {
    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public boolean nullable() {
        return left.nullable() || right.nullable();
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withChildren(List<Expression> c) {
        return new And(c.get(0), c.get(1));
    }

    @Override
    public String toString() {
        return "(" + left + " AND " + right + ")";
    }
}
