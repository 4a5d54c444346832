package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;
import java.time.LocalDate;

/**
 * A DATE plus a number of days or months (negative to subtract): the kernel of {@code DATE +/-
 * INTERVAL}. Adding months keeps the day of the month, clamped to the target month's last day
 * (2024-01-31 + 1 month = 2024-02-29), as DuckDB does; a year is twelve months.
 */
record DateAddExpression(boolean months, VectorExpression date, VectorExpression amount) implements VectorExpression {
    @Override
    public DataType type() {
        return DataType.DATE;
    }

    @Override
    public Vector evaluate(Batch input) {
        Vector dates = date.evaluate(input);
        Vector amounts = amount.evaluate(input);
        int length = input.rowCount();
        int[] out = new int[length];
        boolean[] nulls = new boolean[length];
        for (int row = 0; row < length; row++) {
            if (dates.isNull(row) || amounts.isNull(row)) {
                nulls[row] = true;
                continue;
            }
            int day = ((IntVector) dates).get(row);
            long n = amounts instanceof IntVector ints ? ints.get(row) : ((LongVector) amounts).get(row);
            try {
                out[row] = months ? Math.toIntExact(LocalDate.ofEpochDay(day).plusMonths(n).toEpochDay())
                        : Math.toIntExact(Math.addExact(day, n));
            } catch (ArithmeticException | java.time.DateTimeException e) {
                throw EvaluationErrors.overflow("date " + LocalDate.ofEpochDay(day) + " plus " + n
                        + (months ? " months" : " days") + " is out of range");
            }
        }
        return new IntVector(DataType.DATE, out, nulls);
    }
}
