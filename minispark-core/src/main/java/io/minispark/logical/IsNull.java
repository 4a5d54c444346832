package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/** {@code child IS NULL}, or {@code IS NOT NULL} when negated; never NULL itself. */
public record IsNull(Expression child, boolean negated) implements Expression {
    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withChildren(List<Expression> c) {
        return new IsNull(c.get(0), negated);
    }

    @Override
    public String toString() {
        return "(" + child + (negated ? " IS NOT NULL)" : " IS NULL)");
    }
}
