package io.minispark.exec.operator;

import io.minispark.types.DataType;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;
import java.util.Arrays;
import java.util.List;

/** COUNT(*) and COUNT(x): a BIGINT count per group; COUNT(x) skips NULLs. */
final class CountAccumulator implements Accumulator {
    private long[] counts = new long[0];

    @Override
    public long bytesPerGroup() {
        return 8;
    }

    @Override
    public void ensureCapacity(int groups) {
        if (groups > counts.length) {
            counts = Arrays.copyOf(counts, groups);
        }
    }

    @Override
    public void accumulate(Vector argument, int[] groupIds, int rows) {
        long[] counts = this.counts;
        boolean[] nulls = argument == null ? null : argument.nulls();
        if (nulls == null) {
            for (int row = 0; row < rows; row++) {
                counts[groupIds[row]]++;
            }
        } else {
            for (int row = 0; row < rows; row++) {
                if (!nulls[row]) {
                    counts[groupIds[row]]++;
                }
            }
        }
    }

    @Override
    public void merge(Vector[] states, int[] groupIds, int rows) {
        LongVector partial = (LongVector) states[0];
        long[] values = partial.values();
        long[] counts = this.counts;
        for (int row = 0; row < rows; row++) {
            if (!partial.isNull(row)) {
                counts[groupIds[row]] += values[row];
            }
        }
    }

    @Override
    public void writeStates(int from, int to, List<Vector> out) {
        out.add(result(from, to));
    }

    @Override
    public Vector result(int from, int to) {
        return new LongVector(DataType.BIGINT, Arrays.copyOfRange(counts, from, to), null);
    }
}
