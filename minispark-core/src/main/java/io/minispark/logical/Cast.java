package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/** Conversion to another type; a value that cannot be converted (e.g. 'abc' to INT) is an error. */
public record Cast(Expression child, DataType type) implements Expression {
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
        return new Cast(c.get(0), type);
    }

    @Override
    public String toString() {
        return "CAST(" + child + " AS " + type + ")";
    }
}
