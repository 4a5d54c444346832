package io.minispark.vector;

import io.minispark.types.DataType;

/**
 * One column of a {@link Batch}: typed primitive values plus a null mask. A vector is filled once by
 * whoever allocates it and is treated as immutable afterwards, so batches can be shared between
 * operators and threads without copying.
 */
public abstract sealed class Vector permits BooleanVector, IntVector, LongVector, DoubleVector, StringVector {
    protected final DataType type;
    protected final int length;
    /** {@code nulls[i]} is true when row i is NULL; the array itself is null when no row is NULL. */
    protected boolean[] nulls;

    protected Vector(DataType type, int length, boolean[] nulls) {
        this.type = type;
        this.length = length;
        this.nulls = nulls;
    }

    public final DataType type() {
        return type;
    }

    public final int length() {
        return length;
    }

    public final boolean isNull(int row) {
        return nulls != null && nulls[row];
    }

    /** False only when it is certain no row is NULL; lets kernels skip null checks. */
    public final boolean mayHaveNulls() {
        return nulls != null;
    }

    /** The null mask, or null when there are no NULLs. Callers must not modify it. */
    public final boolean[] nulls() {
        return nulls;
    }

    public final void setNull(int row) {
        if (nulls == null) {
            nulls = new boolean[length];
        }
        nulls[row] = true;
    }

    /** The values at {@code positions[0..count)}, in that order. */
    public abstract Vector gather(int[] positions, int count);

    /** Rows {@code [from, to)} as a new vector. */
    public abstract Vector slice(int from, int to);

    /** The value at a row as a Java object (null for NULL); for results and slow paths only. */
    public abstract Object getObject(int row);

    protected final boolean[] gatherNulls(int[] positions, int count) {
        if (nulls == null) {
            return null;
        }
        boolean[] out = null;
        for (int i = 0; i < count; i++) {
            if (nulls[positions[i]]) {
                if (out == null) {
                    out = new boolean[count];
                }
                out[i] = true;
            }
        }
        return out;
    }

    protected final boolean[] sliceNulls(int from, int to) {
        if (nulls == null) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (nulls[i]) {
                return java.util.Arrays.copyOfRange(nulls, from, to);
            }
        }
        return null;
    }

    /** A vector of {@code length} zero values (empty strings) with no NULLs, ready to be filled. */
    public static Vector allocate(DataType type, int length) {
        return switch (type.physical()) {
            case BOOLEAN -> new BooleanVector(type, new boolean[length], null);
            case INT -> new IntVector(type, new int[length], null);
            case LONG -> new LongVector(type, new long[length], null);
            case DOUBLE -> new DoubleVector(type, new double[length], null);
            case STRING -> new StringVector(type, new byte[0], new int[length + 1], null);
        };
    }

    /** A vector of {@code length} NULLs of the given type. */
    public static Vector nulls(DataType type, int length) {
        boolean[] mask = new boolean[length];
        java.util.Arrays.fill(mask, true);
        return switch (type.physical()) {
            case BOOLEAN -> new BooleanVector(type, new boolean[length], mask);
            case INT -> new IntVector(type, new int[length], mask);
            case LONG -> new LongVector(type, new long[length], mask);
            case DOUBLE -> new DoubleVector(type, new double[length], mask);
            case STRING -> new StringVector(type, new byte[0], new int[length + 1], mask);
        };
    }
}
