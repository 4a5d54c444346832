package io.minispark.vector;

import io.minispark.types.DataType;
import java.util.Arrays;

/** A vector of {@code double} values. */
public final class DoubleVector extends Vector {
    private final double[] values;

    public DoubleVector(DataType type, double[] values, boolean[] nulls) {
        super(type, values.length, nulls);
        this.values = values;
    }

    public DoubleVector(DataType type, int length) {
        this(type, new double[length], null);
    }

    /** The backing array; writable only while the vector is being filled by its creator. */
    public double[] values() {
        return values;
    }

    public double get(int row) {
        return values[row];
    }

    @Override
    public DoubleVector gather(int[] positions, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[positions[i]];
        }
        return new DoubleVector(type, out, gatherNulls(positions, count));
    }

    @Override
    public DoubleVector slice(int from, int to) {
        return new DoubleVector(type, Arrays.copyOfRange(values, from, to), sliceNulls(from, to));
    }

    @Override
    public Object getObject(int row) {
        return isNull(row) ? null : ValueConversions.toObject(type, (Double) values[row]);
    }
}
