package io.minispark.vector;

import io.minispark.types.DataType;
import java.util.Arrays;

/** A vector of {@code long} values. */
public final class LongVector extends Vector {
    private final long[] values;

    public LongVector(DataType type, long[] values, boolean[] nulls) {
        super(type, values.length, nulls);
        this.values = values;
    }

    public LongVector(DataType type, int length) {
        this(type, new long[length], null);
    }

    /** The backing array; writable only while the vector is being filled by its creator. */
    public long[] values() {
        return values;
    }

    public long get(int row) {
        return values[row];
    }

    @Override
    public LongVector gather(int[] positions, int count) {
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[positions[i]];
        }
        return new LongVector(type, out, gatherNulls(positions, count));
    }

    @Override
    public LongVector slice(int from, int to) {
        return new LongVector(type, Arrays.copyOfRange(values, from, to), sliceNulls(from, to));
    }

    @Override
    public Object getObject(int row) {
        return isNull(row) ? null : ValueConversions.toObject(type, (Long) values[row]);
    }
}
