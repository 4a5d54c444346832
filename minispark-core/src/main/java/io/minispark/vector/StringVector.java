package io.minispark.vector;

import io.minispark.types.DataType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A vector of UTF-8 strings stored back to back in one byte array. Row i spans
 * {@code data[offsets[i] .. offsets[i+1])}. Byte-wise comparison of UTF-8 equals code point order,
 * so comparisons, hashing and equality never decode.
 */
public final class StringVector extends Vector {
    private final byte[] data;
    private final int[] offsets;

    public StringVector(DataType type, byte[] data, int[] offsets, boolean[] nulls) {
        super(type, offsets.length - 1, nulls);
        this.data = data;
        this.offsets = offsets;
    }

    public byte[] data() {
        return data;
    }

    public int[] offsets() {
        return offsets;
    }

    public int start(int row) {
        return offsets[row];
    }

    public int byteLength(int row) {
        return offsets[row + 1] - offsets[row];
    }

    public String getString(int row) {
        return new String(data, offsets[row], offsets[row + 1] - offsets[row], StandardCharsets.UTF_8);
    }

    public byte[] getBytes(int row) {
        return Arrays.copyOfRange(data, offsets[row], offsets[row + 1]);
    }

    /** Compares row i of this vector with row j of another, as unsigned bytes. */
    public int compare(int i, StringVector other, int j) {
        return Arrays.compareUnsigned(data, offsets[i], offsets[i + 1], other.data, other.offsets[j], other.offsets[j + 1]);
    }

    public boolean equals(int i, StringVector other, int j) {
        return Arrays.equals(data, offsets[i], offsets[i + 1], other.data, other.offsets[j], other.offsets[j + 1]);
    }

    public int hash(int row) {
        return Hashing.hashBytes(data, offsets[row], offsets[row + 1]);
    }

    @Override
    public StringVector gather(int[] positions, int count) {
        int total = 0;
        for (int i = 0; i < count; i++) {
            total += byteLength(positions[i]);
        }
        byte[] out = new byte[total];
        int[] outOffsets = new int[count + 1];
        int at = 0;
        for (int i = 0; i < count; i++) {
            int p = positions[i];
            int len = offsets[p + 1] - offsets[p];
            System.arraycopy(data, offsets[p], out, at, len);
            at += len;
            outOffsets[i + 1] = at;
        }
        return new StringVector(type, out, outOffsets, gatherNulls(positions, count));
    }

    @Override
    public StringVector slice(int from, int to) {
        int base = offsets[from];
        byte[] out = Arrays.copyOfRange(data, base, offsets[to]);
        int[] outOffsets = new int[to - from + 1];
        for (int i = from; i <= to; i++) {
            outOffsets[i - from] = offsets[i] - base;
        }
        return new StringVector(type, out, outOffsets, sliceNulls(from, to));
    }

    @Override
    public Object getObject(int row) {
        return isNull(row) ? null : getString(row);
    }

    public static StringVector of(String... values) {
        Builder b = new Builder(values.length);
        for (String v : values) {
            if (v == null) {
                b.appendNull();
            } else {
                b.append(v);
            }
        }
        return b.build();
    }

    /** Appends strings one by one; the only way to fill a string vector incrementally. */
    public static final class Builder {
        private byte[] data;
        private int[] offsets;
        private boolean[] nulls;
        private int count;

        public Builder(int expectedRows) {
            this(expectedRows, Math.max(16, expectedRows * 8));
        }

        public Builder(int expectedRows, int expectedBytes) {
            data = new byte[Math.max(16, expectedBytes)];
            offsets = new int[Math.max(1, expectedRows) + 1];
        }

        public int size() {
            return count;
        }

        public Builder append(String value) {
            return append(value.getBytes(StandardCharsets.UTF_8));
        }

        public Builder append(byte[] bytes) {
            return append(bytes, 0, bytes.length);
        }

        public Builder append(byte[] bytes, int from, int to) {
            int len = to - from;
            ensure(len);
            System.arraycopy(bytes, from, data, offsets[count], len);
            offsets[count + 1] = offsets[count] + len;
            count++;
            return this;
        }

        /** Appends row {@code row} of {@code source}, NULL included. */
        public Builder append(StringVector source, int row) {
            if (source.isNull(row)) {
                return appendNull();
            }
            return append(source.data, source.offsets[row], source.offsets[row + 1]);
        }

        public Builder appendNull() {
            ensure(0);
            offsets[count + 1] = offsets[count];
            if (nulls == null) {
                nulls = new boolean[offsets.length - 1];
            }
            nulls[count] = true;
            count++;
            return this;
        }

        private void ensure(int bytes) {
            if (count + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
                if (nulls != null) {
                    nulls = Arrays.copyOf(nulls, offsets.length - 1);
                }
            }
            int need = offsets[count] + bytes;
            if (need > data.length) {
                data = Arrays.copyOf(data, Math.max(need, (int) Math.min(Integer.MAX_VALUE - 8, data.length * 2L)));
            }
        }

        public StringVector build() {
            return build(DataType.STRING);
        }

        public StringVector build(DataType type) {
            boolean[] mask = nulls == null ? null : Arrays.copyOf(nulls, count);
            return new StringVector(type, data, Arrays.copyOf(offsets, count + 1), mask);
        }
    }
}
