package io.minispark.vector;

import io.minispark.types.DataType;
import java.util.Arrays;

/** A vector of {@code boolean} values. */
public final class BooleanVector extends Vector {
    private final boolean[] values;

    public BooleanVector(DataType type, boolean[] values, boolean[] nulls) {
        super(type, values.length, nulls);
        this.values = values;
    }

    public BooleanVector(DataType type, int length) {
        this(type, new boolean[length], null);
    }

    /** The backing array; writable only while the vector is being filled by its creator. */
    public boolean[] values() {
        return values;
    }

    public boolean get(int row) {
        return values[row];
    }

    @Override
    public BooleanVector gather(int[] positions, int count) {
        boolean[] out = new boolean[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[positions[i]];
        }
        return new BooleanVector(type, out, gatherNulls(positions, count));
    }

    @Override
    public BooleanVector slice(int from, int to) {
        return new BooleanVector(type, Arrays.copyOfRange(values, from, to), sliceNulls(from, to));
    }

    @Override
    public Object getObject(int row) {
        return isNull(row) ? null : ValueConversions.toObject(type, (Boolean) values[row]);
    }
}
