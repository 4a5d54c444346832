package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/** Unary minus. */
public record Negate(Expression child) implements Expression {
    @Override
    public DataType type() {
        return child.type();
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
        return new Negate(c.get(0));
    }

    @Override
    public String toString() {
        return "(- " + child + ")";
    }
}
