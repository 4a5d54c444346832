package io.minispark.io.csv;

import io.minispark.types.DataType;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.util.Arrays;

/**
 * Converts the text of one CSV column, field by field, into a typed vector of up to a batch's rows.
 * An empty field is NULL for every type, quoted ({@code ""}) or not, as DuckDB reads it.
 */
abstract sealed class ColumnConverter {
    protected final DataType type;
    protected final int capacity;
    protected boolean[] nulls;
    protected int count;

    private ColumnConverter(DataType type, int capacity) {
        this.type = type;
        this.capacity = capacity;
    }

    static ColumnConverter forType(DataType type, int capacity) {
        return switch (type.kind()) {
            case BOOLEAN -> new BooleanConverter(type, capacity);
            case INT -> new IntConverter(type, capacity, false);
            case DATE -> new IntConverter(type, capacity, true);
            case BIGINT -> new LongConverter(type, capacity, false);
            case TIMESTAMP -> new LongConverter(type, capacity, true);
            case DOUBLE -> new DoubleConverter(type, capacity);
            case DECIMAL -> new DecimalConverter(type, capacity);
            case STRING -> new StringConverter(type, capacity);
            case NULL -> throw new IllegalArgumentException("a CSV column cannot have type NULL");
        };
    }

    /** Appends field {@code index} of the row; throws IllegalArgumentException when it is not a valid value. */
    final void append(CsvRow row, int index) {
        int length = row.length(index);
        if (length == 0) {
            if (nulls == null) {
                nulls = new boolean[capacity];
            }
            nulls[count] = true;
            appendDefault();
        } else {
            appendValue(row.chars(index), length);
        }
        count++;
    }

    /** The values appended since the last call, as a vector; the converter starts over empty. */
    final Vector finish() {
        boolean[] mask = nulls == null ? null : Arrays.copyOf(nulls, count);
        Vector vector = build(mask);
        nulls = null;
        count = 0;
        return vector;
    }

    protected abstract void appendDefault();

    protected abstract void appendValue(char[] chars, int length);

    protected abstract Vector build(boolean[] mask);

    private static final class BooleanConverter extends ColumnConverter {
        private boolean[] values;

        BooleanConverter(DataType type, int capacity) {
            super(type, capacity);
            values = new boolean[capacity];
        }

        @Override
        protected void appendDefault() {
        }

        @Override
        protected void appendValue(char[] chars, int length) {
            values[count] = CsvValues.parseBoolean(chars, 0, length);
        }

        @Override
        protected Vector build(boolean[] mask) {
            Vector vector = new BooleanVector(type, Arrays.copyOf(values, count), mask);
            values = new boolean[capacity];
            return vector;
        }
    }

    private static final class IntConverter extends ColumnConverter {
        private final boolean isDate;
        private int[] values;

        IntConverter(DataType type, int capacity, boolean isDate) {
            super(type, capacity);
            this.isDate = isDate;
            values = new int[capacity];
        }

        @Override
        protected void appendDefault() {
        }

        @Override
        protected void appendValue(char[] chars, int length) {
            values[count] = isDate ? CsvValues.parseDate(chars, 0, length) : CsvValues.parseInt(chars, 0, length);
        }

        @Override
        protected Vector build(boolean[] mask) {
            // Full batches hand over the array itself; only the last, short batch is copied.
            Vector vector = new IntVector(type, count == capacity ? values : Arrays.copyOf(values, count), mask);
            values = new int[capacity];
            return vector;
        }
    }

    private static final class LongConverter extends ColumnConverter {
        private final boolean isTimestamp;
        private long[] values;

        LongConverter(DataType type, int capacity, boolean isTimestamp) {
            super(type, capacity);
            this.isTimestamp = isTimestamp;
            values = new long[capacity];
        }

        @Override
        protected void appendDefault() {
        }

        @Override
        protected void appendValue(char[] chars, int length) {
            values[count] = isTimestamp ? CsvValues.parseTimestamp(chars, 0, length) : CsvValues.parseLong(chars, 0, length);
        }

        @Override
        protected Vector build(boolean[] mask) {
            Vector vector = new LongVector(type, count == capacity ? values : Arrays.copyOf(values, count), mask);
            values = new long[capacity];
            return vector;
        }
    }

    private static final class DoubleConverter extends ColumnConverter {
        private double[] values;

        DoubleConverter(DataType type, int capacity) {
            super(type, capacity);
            values = new double[capacity];
        }

        @Override
        protected void appendDefault() {
        }

        @Override
        protected void appendValue(char[] chars, int length) {
            values[count] = CsvValues.parseDouble(chars, 0, length);
        }

        @Override
        protected Vector build(boolean[] mask) {
            Vector vector = new DoubleVector(type, count == capacity ? values : Arrays.copyOf(values, count), mask);
            values = new double[capacity];
            return vector;
        }
    }

    /** Reads DECIMAL(p, s) text exactly into unscaled longs (no detour through double). */
    private static final class DecimalConverter extends ColumnConverter {
        private long[] values;

        DecimalConverter(DataType type, int capacity) {
            super(type, capacity);
            values = new long[capacity];
        }

        @Override
        protected void appendDefault() {
        }

        @Override
        protected void appendValue(char[] chars, int length) {
            values[count] = CsvValues.parseDecimal(chars, 0, length, type.precision(), type.scale());
        }

        @Override
        protected Vector build(boolean[] mask) {
            Vector vector = new LongVector(type, count == capacity ? values : Arrays.copyOf(values, count), mask);
            values = new long[capacity];
            return vector;
        }
    }

    private static final class StringConverter extends ColumnConverter {
        private StringVector.Builder builder;
        private byte[] scratch = new byte[64];

        StringConverter(DataType type, int capacity) {
            super(type, capacity);
            builder = new StringVector.Builder(capacity);
        }

        @Override
        protected void appendDefault() {
            builder.appendNull();
        }

        @Override
        protected void appendValue(char[] chars, int length) {
            if (scratch.length < 3L * length) {
                scratch = new byte[(int) Math.min(Integer.MAX_VALUE - 16, Math.max(3L * length, 2L * scratch.length))];
            }
            int bytes = Utf8.encode(chars, length, scratch);
            builder.append(scratch, 0, bytes);
        }

        @Override
        protected Vector build(boolean[] mask) {
            // The builder keeps its own null mask; the one passed in mirrors it.
            Vector vector = builder.build(type);
            builder = new StringVector.Builder(capacity);
            return vector;
        }
    }
}
