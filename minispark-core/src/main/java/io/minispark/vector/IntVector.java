package io.minispark.vector;

import io.minispark.types.DataType;
import java.util.Arrays;

/** A vector of {@code int} values. */
public final class IntVector extends Vector {
    private final int[] values;

    public IntVector(DataType type, int[] values, boolean[] nulls) {
        super(type, values.length, nulls);
        this.values = values;
    }

    public IntVector(DataType type, int length) {
        this(type, new int[length], null);
    }

    /** The backing array; writable only while the vector is being filled by its creator. */
    public int[] values() {
        return values;
    }

    public int get(int row) {
        return values[row];
    }

    @Override
    public IntVector gather(int[] positions, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[positions[i]];
        }
        return new IntVector(type, out, gatherNulls(positions, count));
    }

    @Override
    public IntVector slice(int from, int to) {
        return new IntVector(type, Arrays.copyOfRange(values, from, to), sliceNulls(from, to));
    }

    @Override
    public Object getObject(int row) {
        return isNull(row) ? null : ValueConversions.toObject(type, (Integer) values[row]);
    }
}
