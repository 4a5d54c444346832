package io.minispark.exec.operator;

import io.minispark.logical.AggregateCall;
import io.minispark.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * The intermediate state columns each aggregate function passes from a PARTIAL aggregation to a
 * FINAL one through a shuffle, and the result types of the functions. The physical planner builds
 * shuffle schemas from {@link #stateTypes}.
 *
 * <ul>
 *   <li>COUNT: one BIGINT count (never NULL).</li>
 *   <li>SUM: one column of the result type, NULL while no non-NULL value was added.</li>
 *   <li>AVG: a DOUBLE sum (never NULL) and a BIGINT count of non-NULL values; of a DECIMAL(p, s), an
 *       exact DECIMAL(18, s) sum instead of the DOUBLE one.</li>
 *   <li>MIN, MAX: one column of the argument type, NULL while no non-NULL value was seen.</li>
 * </ul>
 */
public final class AggregateStates {
    private AggregateStates() {
    }

    /** The state column types of one aggregate, in the order they appear in a partial row. */
    public static List<DataType> stateTypes(AggregateSpec spec) {
        return stateTypes(spec.function(), spec.argumentType(), spec.resultType());
    }

    public static List<DataType> stateTypes(AggregateCall.Function function, DataType argumentType, DataType resultType) {
        return switch (function) {
            case COUNT -> List.of(DataType.BIGINT);
            case SUM -> List.of(resultType);
            case AVG -> List.of(averageSumType(argumentType), DataType.BIGINT);
            case MIN, MAX -> List.of(argumentType);
        };
    }

    /** The type AVG sums its argument in: exact DECIMAL(18, s) for decimals, DOUBLE otherwise. */
    public static DataType averageSumType(DataType argumentType) {
        return argumentType != null && argumentType.isDecimal()
                ? DataType.decimal(DataType.MAX_DECIMAL_PRECISION, argumentType.scale()) : DataType.DOUBLE;
    }

    /** The state column types of all aggregates, concatenated in order. */
    public static List<DataType> stateTypes(List<AggregateSpec> specs) {
        List<DataType> types = new ArrayList<>();
        for (AggregateSpec spec : specs) {
            types.addAll(stateTypes(spec));
        }
        return types;
    }

    /**
     * The usual result type: COUNT BIGINT, SUM BIGINT, DOUBLE or DECIMAL(18, s), AVG DOUBLE, MIN/MAX the
     * argument's.
     */
    public static DataType resultType(AggregateCall.Function function, DataType argumentType) {
        return switch (function) {
            case COUNT -> DataType.BIGINT;
            case SUM -> argumentType.isIntegral() ? DataType.BIGINT
                    : argumentType.isDecimal() ? DataType.decimal(DataType.MAX_DECIMAL_PRECISION, argumentType.scale())
                    : DataType.DOUBLE;
            case AVG -> DataType.DOUBLE;
            case MIN, MAX -> argumentType;
        };
    }
}
