package io.minispark.exec.operator;

import io.minispark.exec.expr.VectorExpression;
import io.minispark.logical.AggregateCall;
import io.minispark.types.DataType;

/**
 * One aggregate a {@link HashAggregateOperator} computes: the function, its compiled argument (null
 * for COUNT(*)), whether it aggregates DISTINCT values, the argument's type (null for COUNT(*)) and
 * the result type the analyzer chose. In FINAL mode the argument is not evaluated: the aggregate
 * reads its state columns instead.
 */
public record AggregateSpec(
        AggregateCall.Function function,
        VectorExpression argument,
        boolean distinct,
        DataType argumentType,
        DataType resultType) {

    public AggregateSpec {
        if (argument == null && function != AggregateCall.Function.COUNT) {
            throw new IllegalArgumentException(function + " needs an argument");
        }
        if (distinct && argument == null) {
            throw new IllegalArgumentException("DISTINCT needs an argument");
        }
    }

    /** COUNT(*): counts rows, NULLs included. */
    public static AggregateSpec countStar() {
        return new AggregateSpec(AggregateCall.Function.COUNT, null, false, null, DataType.BIGINT);
    }

    /** A non-DISTINCT aggregate whose result type follows the usual rules for its argument type. */
    public static AggregateSpec of(AggregateCall.Function function, VectorExpression argument) {
        return new AggregateSpec(function, argument, false, argument.type(),
                AggregateStates.resultType(function, argument.type()));
    }

    /** The same aggregate over DISTINCT argument values. */
    public AggregateSpec asDistinct() {
        return new AggregateSpec(function, argument, true, argumentType, resultType);
    }
}
