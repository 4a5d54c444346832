package io.minispark.exec.operator;

import io.minispark.vector.Vector;

/** Finds rows where any key column is NULL: such rows never match in an equi-join. */
final class KeyNulls {
    private KeyNulls() {
    }

    /** A mask of rows with at least one NULL key, or null when no key column has NULLs. */
    static boolean[] anyNull(Vector[] keys, int rows) {
        boolean[] mask = null;
        for (Vector key : keys) {
            boolean[] nulls = key.nulls();
            if (nulls == null) {
                continue;
            }
            if (mask == null) {
                mask = new boolean[rows];
            }
            for (int row = 0; row < rows; row++) {
                mask[row] |= nulls[row];
            }
        }
        return mask;
    }
}
