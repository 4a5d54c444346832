package io.minispark.exec.operator;

import io.minispark.vector.BooleanVector;
import io.minispark.vector.Vector;

/**
 * Finds the rows where a BOOLEAN vector is TRUE, which is what SQL predicates select: FALSE and
 * NULL rows are both dropped.
 */
public final class TruePositions {
    private TruePositions() {
    }

    /**
     * Writes the positions of TRUE rows into {@code positions} (which must hold at least {@code
     * predicate.length()} entries) and returns how many there are.
     */
    public static int find(Vector predicate, int[] positions) {
        if (!(predicate instanceof BooleanVector booleans)) {
            throw new IllegalArgumentException("a predicate must be BOOLEAN, got " + predicate.type());
        }
        boolean[] values = booleans.values();
        boolean[] nulls = booleans.nulls();
        int rows = booleans.length();
        int count = 0;
        if (nulls == null) {
            for (int row = 0; row < rows; row++) {
                positions[count] = row;
                count += values[row] ? 1 : 0;
            }
        } else {
            for (int row = 0; row < rows; row++) {
                positions[count] = row;
                count += values[row] & !nulls[row] ? 1 : 0;
            }
        }
        return count;
    }

    /** The positions of TRUE rows as a new array of exactly the right length. */
    public static int[] find(Vector predicate) {
        int[] positions = new int[predicate.length()];
        int count = find(predicate, positions);
        return java.util.Arrays.copyOf(positions, count);
    }
}
