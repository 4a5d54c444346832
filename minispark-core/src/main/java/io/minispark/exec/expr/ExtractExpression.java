package io.minispark.exec.expr;

import io.minispark.logical.ScalarFunction;
import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import io.minispark.vector.Batch;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;
import java.time.LocalDate;

/**
 * {@code EXTRACT(YEAR | MONTH | DAY FROM d)} of a DATE or TIMESTAMP, as BIGINT, in the proleptic
 * Gregorian calendar with astronomical years (1 BC is year 0, as DuckDB's {@code extract} reports it).
 */
record ExtractExpression(ScalarFunction.Function field, VectorExpression argument) implements VectorExpression {
    @Override
    public DataType type() {
        return DataType.BIGINT;
    }

    @Override
    public Vector evaluate(Batch input) {
        Vector values = argument.evaluate(input);
        int length = input.rowCount();
        long[] out = new long[length];
        boolean timestamp = argument.type().kind() == TypeKind.TIMESTAMP;
        for (int row = 0; row < length; row++) {
            if (values.isNull(row)) {
                continue;
            }
            long epochDay = timestamp
                    ? Math.floorDiv(((LongVector) values).get(row), TemporalCasts.MICROS_PER_DAY)
                    : ((IntVector) values).get(row);
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            out[row] = switch (field) {
                case EXTRACT_YEAR -> date.getYear();
                case EXTRACT_MONTH -> date.getMonthValue();
                case EXTRACT_DAY -> date.getDayOfMonth();
                case UPPER, LOWER, LENGTH, TRIM, SUBSTRING, COALESCE, ABS, ROUND, ADD_DAYS, ADD_MONTHS, ASSERT_SINGLE_ROW ->
                        throw EvaluationErrors.internal(field + " is not an EXTRACT field");
            };
        }
        return new LongVector(DataType.BIGINT, out, values.nulls());
    }
}
