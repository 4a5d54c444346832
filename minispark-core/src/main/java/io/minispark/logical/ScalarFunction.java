package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A built-in row-wise function (UPPER, LOWER, LENGTH, TRIM, SUBSTRING, COALESCE, ABS, ROUND, EXTRACT_*;
 * ADD_DAYS and ADD_MONTHS for DATE +/- INTERVAL; ASSERT_SINGLE_ROW for scalar subqueries).
 */
public record ScalarFunction(Function function, List<Expression> arguments, DataType type) implements Expression {
    public enum Function {
        UPPER, LOWER, LENGTH, TRIM, SUBSTRING, COALESCE, ABS, ROUND, EXTRACT_YEAR, EXTRACT_MONTH, EXTRACT_DAY,
        ADD_DAYS, ADD_MONTHS, ASSERT_SINGLE_ROW
    }

    public ScalarFunction {
        arguments = List.copyOf(arguments);
    }

    @Override
    public boolean nullable() {
        if (function == Function.COALESCE) {
            return arguments.stream().allMatch(Expression::nullable);
        }
        if (function == Function.ASSERT_SINGLE_ROW) {
            return arguments.get(1).nullable();
        }
        return arguments.stream().anyMatch(Expression::nullable);
    }

    @Override
    public List<Expression> children() {
        return arguments;
    }

    @Override
    public Expression withChildren(List<Expression> c) {
        return new ScalarFunction(function, c, type);
    }

    @Override
    public String toString() {
        return function.name().toLowerCase(java.util.Locale.ROOT)
                + arguments.stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
