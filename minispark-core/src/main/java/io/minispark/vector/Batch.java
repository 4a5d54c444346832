package io.minispark.vector;

import java.util.Arrays;

/**
 * A chunk of rows in columnar form: the unit that flows through a stage's pipeline. Every column has
 * exactly {@link #rowCount()} values. Batches are immutable once built.
 */
public final class Batch {
    private final Vector[] columns;
    private final int rowCount;

    public Batch(Vector[] columns, int rowCount) {
        for (Vector c : columns) {
            if (c.length() != rowCount) {
                throw new IllegalArgumentException("column of length " + c.length() + " in a batch of " + rowCount + " rows");
            }
        }
        this.columns = columns;
        this.rowCount = rowCount;
    }

    /** A batch with no rows and one empty column per type. */
    public static Batch empty(java.util.List<io.minispark.types.DataType> types) {
        Vector[] columns = new Vector[types.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = Vector.allocate(types.get(i), 0);
        }
        return new Batch(columns, 0);
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.length;
    }

    public Vector column(int i) {
        return columns[i];
    }

    public Vector[] columns() {
        return columns.clone();
    }

    /** The rows at {@code positions[0..count)}. */
    public Batch gather(int[] positions, int count) {
        Vector[] out = new Vector[columns.length];
        for (int c = 0; c < columns.length; c++) {
            out[c] = columns[c].gather(positions, count);
        }
        return new Batch(out, count);
    }

    public Batch slice(int from, int to) {
        Vector[] out = new Vector[columns.length];
        for (int c = 0; c < columns.length; c++) {
            out[c] = columns[c].slice(from, to);
        }
        return new Batch(out, to - from);
    }

    /** Only the listed columns, in that order. */
    public Batch project(int[] columnIndexes) {
        Vector[] out = new Vector[columnIndexes.length];
        for (int i = 0; i < columnIndexes.length; i++) {
            out[i] = columns[columnIndexes[i]];
        }
        return new Batch(out, rowCount);
    }

    /** Columns of this batch followed by the columns of another with the same row count. */
    public Batch concatColumns(Batch right) {
        Vector[] out = Arrays.copyOf(columns, columns.length + right.columns.length);
        System.arraycopy(right.columns, 0, out, columns.length, right.columns.length);
        return new Batch(out, rowCount);
    }

    /** Approximate heap size of the values, for metrics and memory accounting. */
    public long sizeInBytes() {
        long total = 0;
        for (Vector v : columns) {
            total += switch (v) {
                case BooleanVector b -> b.length();
                case IntVector i -> 4L * i.length();
                case LongVector l -> 8L * l.length();
                case DoubleVector d -> 8L * d.length();
                case StringVector s -> s.offsets()[s.length()] + 4L * s.length();
            };
            if (v.mayHaveNulls()) {
                total += v.length();
            }
        }
        return total;
    }
}
