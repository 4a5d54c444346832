package io.minispark.exec.operator;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.DataType;
import io.minispark.types.Decimals;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;
import java.util.Arrays;
import java.util.List;

/**
 * SUM of INT or BIGINT values into a BIGINT per group, or of DECIMAL(p, s) unscaled values into a
 * DECIMAL(18, s), failing with NUMERIC_OVERFLOW rather than wrapping around. A group that saw no
 * non-NULL value sums to NULL. A decimal sum is checked against its 18 digits only when read out, so
 * partial sums may pass through larger values on the way (exact while they fit a long).
 */
final class SumLongAccumulator implements Accumulator {
    private final DataType resultType;
    private long[] sums = new long[0];
    private boolean[] seen = new boolean[0];

    SumLongAccumulator(DataType resultType) {
        this.resultType = resultType;
    }

    @Override
    public long bytesPerGroup() {
        return 9;
    }

    @Override
    public void ensureCapacity(int groups) {
        if (groups > sums.length) {
            sums = Arrays.copyOf(sums, groups);
            seen = Arrays.copyOf(seen, groups);
        }
    }

    @Override
    public void accumulate(Vector argument, int[] groupIds, int rows) {
        long[] sums = this.sums;
        boolean[] seen = this.seen;
        boolean[] nulls = argument.nulls();
        try {
            if (argument instanceof IntVector ints) {
                int[] values = ints.values();
                for (int row = 0; row < rows; row++) {
                    if (nulls == null || !nulls[row]) {
                        int group = groupIds[row];
                        sums[group] = Math.addExact(sums[group], values[row]);
                        seen[group] = true;
                    }
                }
            } else {
                long[] values = ((LongVector) argument).values();
                for (int row = 0; row < rows; row++) {
                    if (nulls == null || !nulls[row]) {
                        int group = groupIds[row];
                        sums[group] = Math.addExact(sums[group], values[row]);
                        seen[group] = true;
                    }
                }
            }
        } catch (ArithmeticException overflow) {
            throw new MinisparkException(ErrorCode.NUMERIC_OVERFLOW,
                    "SUM overflowed the range of " + resultType + "; cast the argument to DOUBLE to sum larger values");
        }
    }

    @Override
    public void merge(Vector[] states, int[] groupIds, int rows) {
        Accumulator.expectType(states[0], resultType);
        accumulate(states[0], groupIds, rows);
    }

    @Override
    public void writeStates(int from, int to, List<Vector> out) {
        out.add(states(from, to));
    }

    @Override
    public Vector result(int from, int to) {
        if (resultType.isDecimal()) {
            for (int group = from; group < to; group++) {
                if (!Decimals.fits(sums[group], resultType.precision())) {
                    throw new MinisparkException(ErrorCode.NUMERIC_OVERFLOW, "SUM overflowed the range of " + resultType
                            + "; cast the argument to DOUBLE to sum larger values");
                }
            }
        }
        return states(from, to);
    }

    private LongVector states(int from, int to) {
        return new LongVector(resultType, Arrays.copyOfRange(sums, from, to), Accumulator.missingAsNulls(seen, from, to));
    }
}
