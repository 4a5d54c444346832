package io.minispark.codegen;

import io.minispark.types.DataType;
import io.minispark.vector.StringVector;
import java.util.Arrays;

/** A string output column being filled by generated code: appended UTF-8 byte ranges with offsets. */
public final class ByteColumn {
    private byte[] data = new byte[1024];
    private int[] offsets;
    private int rows;

    public ByteColumn(int capacity) {
        offsets = new int[capacity + 1];
    }

    public void append(byte[] source, int from, int to) {
        int length = to - from;
        int end = offsets[rows];
        if (end + length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, end + length));
        }
        System.arraycopy(source, from, data, end, length);
        offsets[++rows] = end + length;
    }

    /** Room for {@code capacity} rows in all. */
    public void grow(int capacity) {
        offsets = Arrays.copyOf(offsets, capacity + 1);
    }

    public void appendEmpty() {
        offsets[rows + 1] = offsets[rows];
        rows++;
    }

    /** The rows appended so far as a vector; the column starts over empty. */
    public StringVector build(DataType type, boolean[] nulls) {
        StringVector vector = new StringVector(type, Arrays.copyOf(data, offsets[rows]), Arrays.copyOf(offsets, rows + 1), nulls);
        rows = 0;
        return vector;
    }
}
