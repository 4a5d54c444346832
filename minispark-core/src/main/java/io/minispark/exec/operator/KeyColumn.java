package io.minispark.exec.operator;

import io.minispark.types.DataType;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.util.Arrays;

/**
 * One growable column of group keys in a {@link GroupHashTable}, indexed by dense group id. Keys are
 * stored columnar in primitive arrays (strings as bytes plus offsets) so that comparing a probe row
 * with a stored key touches no objects. A NULL key is stored as a null flag and equals only NULL.
 */
abstract sealed class KeyColumn {
    protected final DataType type;
    protected boolean[] nulls = new boolean[0];
    protected int size;

    KeyColumn(DataType type) {
        this.type = type;
    }

    static KeyColumn create(DataType type) {
        return switch (type.physical()) {
            case BOOLEAN -> new BooleanKeys(type);
            case INT -> new IntKeys(type);
            case LONG -> new LongKeys(type);
            case DOUBLE -> new DoubleKeys(type);
            case STRING -> new StringKeys(type);
        };
    }

    /** Bytes each group takes in the fixed-width arrays, for memory reservations. */
    abstract long bytesPerGroup();

    /** Bytes of variable-width data (string bytes) held now. */
    long variableBytes() {
        return 0;
    }

    /** Makes room for {@code groups} keys without further allocation. */
    void ensureCapacity(int groups) {
        if (groups > nulls.length) {
            nulls = Arrays.copyOf(nulls, groups);
            growValues(groups);
        }
    }

    abstract void growValues(int groups);

    /** Appends row {@code row} of {@code source} (NULL included) as the key of the next group. */
    final void append(Vector source, int row) {
        if (source.isNull(row)) {
            nulls[size] = true;
            appendNullValue();
        } else {
            appendValue(source, row);
        }
        size++;
    }

    abstract void appendValue(Vector source, int row);

    /** Keeps the value arrays consistent for a NULL key; only variable-width columns need to. */
    void appendNullValue() {
    }

    /** Whether group {@code group}'s key equals row {@code row} of {@code source}, NULL equal to NULL. */
    final boolean matches(int group, Vector source, int row) {
        boolean sourceNull = source.isNull(row);
        if (nulls[group] || sourceNull) {
            return nulls[group] && sourceNull;
        }
        return valueMatches(group, source, row);
    }

    abstract boolean valueMatches(int group, Vector source, int row);

    /** The keys of groups {@code [from, to)} as a vector. */
    abstract Vector toVector(int from, int to);

    protected final boolean[] nullsOf(int from, int to) {
        for (int i = from; i < to; i++) {
            if (nulls[i]) {
                return Arrays.copyOfRange(nulls, from, to);
            }
        }
        return null;
    }

    static final class BooleanKeys extends KeyColumn {
        private boolean[] values = new boolean[0];

        BooleanKeys(DataType type) {
            super(type);
        }

        @Override
        long bytesPerGroup() {
            return 2;
        }

        @Override
        void growValues(int groups) {
            values = Arrays.copyOf(values, groups);
        }

        @Override
        void appendValue(Vector source, int row) {
            values[size] = ((BooleanVector) source).values()[row];
        }

        @Override
        boolean valueMatches(int group, Vector source, int row) {
            return values[group] == ((BooleanVector) source).values()[row];
        }

        @Override
        Vector toVector(int from, int to) {
            return new BooleanVector(type, Arrays.copyOfRange(values, from, to), nullsOf(from, to));
        }
    }

    static final class IntKeys extends KeyColumn {
        private int[] values = new int[0];

        IntKeys(DataType type) {
            super(type);
        }

        @Override
        long bytesPerGroup() {
            return 5;
        }

        @Override
        void growValues(int groups) {
            values = Arrays.copyOf(values, groups);
        }

        @Override
        void appendValue(Vector source, int row) {
            values[size] = ((IntVector) source).values()[row];
        }

        @Override
        boolean valueMatches(int group, Vector source, int row) {
            return values[group] == ((IntVector) source).values()[row];
        }

        @Override
        Vector toVector(int from, int to) {
            return new IntVector(type, Arrays.copyOfRange(values, from, to), nullsOf(from, to));
        }
    }

    static final class LongKeys extends KeyColumn {
        private long[] values = new long[0];

        LongKeys(DataType type) {
            super(type);
        }

        @Override
        long bytesPerGroup() {
            return 9;
        }

        @Override
        void growValues(int groups) {
            values = Arrays.copyOf(values, groups);
        }

        @Override
        void appendValue(Vector source, int row) {
            values[size] = ((LongVector) source).values()[row];
        }

        @Override
        boolean valueMatches(int group, Vector source, int row) {
            return values[group] == ((LongVector) source).values()[row];
        }

        @Override
        Vector toVector(int from, int to) {
            return new LongVector(type, Arrays.copyOfRange(values, from, to), nullsOf(from, to));
        }
    }

    static final class DoubleKeys extends KeyColumn {
        private double[] values = new double[0];

        DoubleKeys(DataType type) {
            super(type);
        }

        @Override
        long bytesPerGroup() {
            return 9;
        }

        @Override
        void growValues(int groups) {
            values = Arrays.copyOf(values, groups);
        }

        @Override
        void appendValue(Vector source, int row) {
            values[size] = ((DoubleVector) source).values()[row];
        }

        @Override
        boolean valueMatches(int group, Vector source, int row) {
            return ValueComparisons.sameDouble(values[group], ((DoubleVector) source).values()[row]);
        }

        @Override
        Vector toVector(int from, int to) {
            return new DoubleVector(type, Arrays.copyOfRange(values, from, to), nullsOf(from, to));
        }
    }

    static final class StringKeys extends KeyColumn {
        private byte[] data = new byte[64];
        /** Group g's bytes are {@code data[offsets[g] .. offsets[g + 1])}. */
        private int[] offsets = new int[1];

        StringKeys(DataType type) {
            super(type);
        }

        @Override
        long bytesPerGroup() {
            return 5;
        }

        @Override
        long variableBytes() {
            return data.length;
        }

        @Override
        void growValues(int groups) {
            offsets = Arrays.copyOf(offsets, groups + 1);
        }

        @Override
        void appendValue(Vector source, int row) {
            StringVector strings = (StringVector) source;
            int start = strings.start(row);
            int length = strings.byteLength(row);
            int end = offsets[size] + length;
            if (end > data.length) {
                data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(end, data.length * 2L)));
            }
            System.arraycopy(strings.data(), start, data, offsets[size], length);
            offsets[size + 1] = end;
        }

        @Override
        void appendNullValue() {
            offsets[size + 1] = offsets[size];
        }

        @Override
        boolean valueMatches(int group, Vector source, int row) {
            StringVector strings = (StringVector) source;
            int start = strings.start(row);
            return Arrays.equals(data, offsets[group], offsets[group + 1],
                    strings.data(), start, start + strings.byteLength(row));
        }

        @Override
        Vector toVector(int from, int to) {
            byte[] bytes = Arrays.copyOfRange(data, offsets[from], offsets[to]);
            int[] rebased = new int[to - from + 1];
            for (int group = from; group <= to; group++) {
                rebased[group - from] = offsets[group] - offsets[from];
            }
            return new StringVector(type, bytes, rebased, nullsOf(from, to));
        }
    }
}
