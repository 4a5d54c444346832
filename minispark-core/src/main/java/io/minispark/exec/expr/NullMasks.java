package io.minispark.exec.expr;

import io.minispark.vector.Vector;

/**
 * Helpers over null masks ({@code boolean[]} where true means NULL, a null array meaning "no NULLs").
 * Masks obtained from vectors are never written to; every method that changes a mask copies it first.
 */
final class NullMasks {
    private NullMasks() {
    }

    /** The mask of rows NULL in either vector, or null when neither has NULLs. */
    static boolean[] union(Vector left, Vector right) {
        return union(left.nulls(), right.nulls());
    }

    static boolean[] union(boolean[] left, boolean[] right) {
        if (left == null) {
            return right;
        }
        if (right == null) {
            return left;
        }
        boolean[] out = new boolean[left.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = left[i] | right[i];
        }
        return out;
    }

    /** A writable copy of a mask, or a fresh all-false mask when it is null. */
    static boolean[] writableCopy(boolean[] mask, int length) {
        return mask == null ? new boolean[length] : mask.clone();
    }

    /** The mask itself, or null when it marks no row, so that consumers can take their fast path. */
    static boolean[] nullIfEmpty(boolean[] mask) {
        if (mask == null) {
            return null;
        }
        for (boolean isNull : mask) {
            if (isNull) {
                return mask;
            }
        }
        return null;
    }

    /**
     * The values with NULL rows replaced by zero. Values under a NULL are unspecified and must not raise
     * an overflow, so checked kernels run over this copy; without NULLs the array is returned as is.
     */
    static int[] zeroNullRows(int[] values, boolean[] mask) {
        if (mask == null) {
            return values;
        }
        int[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            if (mask[i]) {
                out[i] = 0;
            }
        }
        return out;
    }

    /** Like {@link #zeroNullRows(int[], boolean[])} for longs. */
    static long[] zeroNullRows(long[] values, boolean[] mask) {
        if (mask == null) {
            return values;
        }
        long[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            if (mask[i]) {
                out[i] = 0;
            }
        }
        return out;
    }
}
