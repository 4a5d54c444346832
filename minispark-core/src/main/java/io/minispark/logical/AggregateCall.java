package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/**
 * An aggregate function applied to an argument: {@code sum(x)}, {@code count(DISTINCT x)}. COUNT(*)
 * has no argument ({@code argument == null}). Appears in expressions only until the analyzer lifts it
 * into an {@link Aggregate} node.
 */
public record AggregateCall(Function function, Expression argument, boolean distinct, DataType type) implements Expression {
    public enum Function {
        COUNT, SUM, AVG, MIN, MAX
    }

    @Override
    public boolean nullable() {
        return function != Function.COUNT;
    }

    @Override
    public List<Expression> children() {
        return argument == null ? List.of() : List.of(argument);
    }

    @Override
    public Expression withChildren(List<Expression> c) {
        return new AggregateCall(function, c.isEmpty() ? null : c.get(0), distinct, type);
    }

    @Override
    public String toString() {
        String name = function.name().toLowerCase(java.util.Locale.ROOT);
        return name + "(" + (distinct ? "DISTINCT " : "") + (argument == null ? "*" : argument.toString()) + ")";
    }
}
