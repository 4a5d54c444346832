package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/** SQL LIKE with {@code %} and {@code _} wildcards (no escape character), optionally negated. */
public record Like(Expression child, Expression pattern, boolean negated) implements Expression {
    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public boolean nullable() {
        return child.nullable() || pattern.nullable();
    }

    @Override
    public List<Expression> children() {
        return List.of(child, pattern);
    }

    @Override
    public Expression withChildren(List<Expression> c) {
        return new Like(c.get(0), c.get(1), negated);
    }

    @Override
    public String toString() {
        return "(" + child + (negated ? " NOT LIKE " : " LIKE ") + pattern + ")";
    }
}
