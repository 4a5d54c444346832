package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/** A reference to a column produced by a child plan. */
public record ColumnRef(Attribute attribute) implements Expression {
    @Override
    public DataType type() {
        return attribute.type();
    }

    @Override
    public boolean nullable() {
        return attribute.nullable();
    }

    @Override
    public List<Expression> children() {
        return List.of();
    }

    @Override
    public Expression withChildren(List<Expression> children) {
        return this;
    }

    @Override
    public String toString() {
        return attribute.qualifiedName();
    }
}
