package io.minispark.exec.operator;

import io.minispark.types.DataType;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.Vector;
import java.util.Arrays;
import java.util.List;

/** SUM into a DOUBLE per group; a group that saw no non-NULL value sums to NULL. */
final class SumDoubleAccumulator implements Accumulator {
    private final DataType resultType;
    private double[] sums = new double[0];
    private boolean[] seen = new boolean[0];
    private double[] scratch = new double[0];

    SumDoubleAccumulator(DataType resultType) {
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
        if (scratch.length < rows) {
            scratch = new double[rows];
        }
        double[] values = NumericValues.asDoubles(argument, rows, scratch);
        boolean[] nulls = argument.nulls();
        double[] sums = this.sums;
        boolean[] seen = this.seen;
        for (int row = 0; row < rows; row++) {
            if (nulls == null || !nulls[row]) {
                int group = groupIds[row];
                sums[group] += values[row];
                seen[group] = true;
            }
        }
    }

    @Override
    public void merge(Vector[] states, int[] groupIds, int rows) {
        Accumulator.expectType(states[0], resultType);
        accumulate(states[0], groupIds, rows);
    }

    @Override
    public void writeStates(int from, int to, List<Vector> out) {
        out.add(result(from, to));
    }

    @Override
    public Vector result(int from, int to) {
        return new DoubleVector(resultType, Arrays.copyOfRange(sums, from, to), Accumulator.missingAsNulls(seen, from, to));
    }
}
