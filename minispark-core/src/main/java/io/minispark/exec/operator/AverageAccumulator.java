package io.minispark.exec.operator;

import io.minispark.types.DataType;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;
import java.util.Arrays;
import java.util.List;

/** AVG: a DOUBLE sum and a BIGINT count of non-NULL values per group; NULL when the count is 0. */
final class AverageAccumulator implements Accumulator {
    private final DataType resultType;
    private double[] sums = new double[0];
    private long[] counts = new long[0];
    private double[] scratch = new double[0];

    AverageAccumulator(DataType resultType) {
        this.resultType = resultType;
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
        if (scratch.length < rows) {
            scratch = new double[rows];
        }
        double[] values = NumericValues.asDoubles(argument, rows, scratch);
        boolean[] nulls = argument.nulls();
        double[] sums = this.sums;
        long[] counts = this.counts;
        for (int row = 0; row < rows; row++) {
            if (nulls == null || !nulls[row]) {
                int group = groupIds[row];
                sums[group] += values[row];
                counts[group]++;
            }
        }
    }

    @Override
    public void merge(Vector[] states, int[] groupIds, int rows) {
        DoubleVector partialSums = (DoubleVector) states[0];
        LongVector partialCounts = (LongVector) states[1];
        double[] sumValues = partialSums.values();
        long[] countValues = partialCounts.values();
        double[] sums = this.sums;
        long[] counts = this.counts;
        for (int row = 0; row < rows; row++) {
            if (!partialCounts.isNull(row) && !partialSums.isNull(row)) {
                int group = groupIds[row];
                sums[group] += sumValues[row];
                counts[group] += countValues[row];
            }
        }
    }

    @Override
    public void writeStates(int from, int to, List<Vector> out) {
        out.add(new DoubleVector(DataType.DOUBLE, Arrays.copyOfRange(sums, from, to), null));
        out.add(new LongVector(DataType.BIGINT, Arrays.copyOfRange(counts, from, to), null));
    }

    @Override
    public Vector result(int from, int to) {
        double[] averages = new double[to - from];
        boolean[] nulls = null;
        for (int group = from; group < to; group++) {
            if (counts[group] == 0) {
                if (nulls == null) {
                    nulls = new boolean[to - from];
                }
                nulls[group - from] = true;
            } else {
                averages[group - from] = sums[group] / counts[group];
            }
        }
        return new DoubleVector(resultType, averages, nulls);
    }
}
