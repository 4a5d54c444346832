package io.minispark.exec.operator;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.DataType;
import io.minispark.types.Decimals;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;
import java.util.Arrays;
import java.util.List;

/**
 * AVG of a DECIMAL(p, s): an exact sum of unscaled values (state DECIMAL(18, s)) and a BIGINT count per
 * group, divided only at the end, into a DOUBLE as DuckDB returns it: {@code (sum / 10^s) / count} in
 * double arithmetic. A sum that leaves the long range raises NUMERIC_OVERFLOW (DuckDB sums in 128
 * bits and would not). NULL when the count is 0.
 */
final class DecimalAverageAccumulator implements Accumulator {
    private final DataType sumType;
    private final DataType resultType;
    private final int scale;
    private long[] sums = new long[0];
    private long[] counts = new long[0];

    DecimalAverageAccumulator(DataType argumentType, DataType resultType) {
        this.sumType = AggregateStates.averageSumType(argumentType);
        this.resultType = resultType;
        this.scale = argumentType.scale();
    }

    @Override
    public long bytesPerGroup() {
        return 16;
    }

    @Override
    public void ensureCapacity(int groups) {
        if (groups > sums.length) {
            sums = Arrays.copyOf(sums, groups);
            counts = Arrays.copyOf(counts, groups);
        }
    }

    @Override
    public void accumulate(Vector argument, int[] groupIds, int rows) {
        long[] values = ((LongVector) argument).values();
        boolean[] nulls = argument.nulls();
        try {
            for (int row = 0; row < rows; row++) {
                if (nulls == null || !nulls[row]) {
                    int group = groupIds[row];
                    sums[group] = Math.addExact(sums[group], values[row]);
                    counts[group]++;
                }
            }
        } catch (ArithmeticException overflow) {
            throw overflow();
        }
    }

    @Override
    public void merge(Vector[] states, int[] groupIds, int rows) {
        Accumulator.expectType(states[0], sumType);
        long[] sumValues = ((LongVector) states[0]).values();
        long[] countValues = ((LongVector) states[1]).values();
        try {
            for (int row = 0; row < rows; row++) {
                if (!states[0].isNull(row) && !states[1].isNull(row)) {
                    int group = groupIds[row];
                    sums[group] = Math.addExact(sums[group], sumValues[row]);
                    counts[group] += countValues[row];
                }
            }
        } catch (ArithmeticException overflow) {
            throw overflow();
        }
    }

    @Override
    public void writeStates(int from, int to, List<Vector> out) {
        out.add(new LongVector(sumType, Arrays.copyOfRange(sums, from, to), null));
        out.add(new LongVector(DataType.BIGINT, Arrays.copyOfRange(counts, from, to), null));
    }

    @Override
    public Vector result(int from, int to) {
        double[] averages = new double[to - from];
        boolean[] nulls = null;
        double power = Decimals.powerOfTen(scale);
        for (int group = from; group < to; group++) {
            if (counts[group] == 0) {
                if (nulls == null) {
                    nulls = new boolean[to - from];
                }
                nulls[group - from] = true;
            } else {
                // The sum as a double (as a DECIMAL to DOUBLE cast gives it), then divided by the count: the
                // order of DuckDB's rounding steps, which agrees with it where one division would not.
                averages[group - from] = sums[group] / power / counts[group];
            }
        }
        return new DoubleVector(resultType, averages, nulls);
    }

    private MinisparkException overflow() {
        return new MinisparkException(ErrorCode.NUMERIC_OVERFLOW,
                "AVG of " + sumType + " values overflowed its exact 64-bit sum; cast the argument to DOUBLE");
    }
}
