package io.minispark.exec.expr;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.Vector;

/** Turns the BOOLEAN result of a predicate into the positions of the rows it selects. */
public final class Selections {
    private Selections() {
    }

    /**
     * Writes the positions of the rows whose value is TRUE (neither FALSE nor NULL) into
     * {@code positionsOut}, in ascending order, and returns how many there are. {@code positionsOut}
     * must hold at least {@code booleanVector.length()} entries.
     */
    public static int trueRows(Vector booleanVector, int[] positionsOut) {
        if (!(booleanVector instanceof BooleanVector predicate)) {
            throw new MinisparkException(ErrorCode.INTERNAL,
                    "a selection needs a BOOLEAN vector, got " + booleanVector.type());
        }
        boolean[] values = predicate.values();
        boolean[] nulls = predicate.nulls();
        int length = predicate.length();
        int count = 0;
        if (nulls == null) {
            for (int row = 0; row < length; row++) {
                // Branch-free: always write, advance only on TRUE.
                positionsOut[count] = row;
                count += values[row] ? 1 : 0;
            }
        } else {
            for (int row = 0; row < length; row++) {
                positionsOut[count] = row;
                count += values[row] & !nulls[row] ? 1 : 0;
            }
        }
        return count;
    }
}
