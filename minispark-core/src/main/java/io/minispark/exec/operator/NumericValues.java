package io.minispark.exec.operator;

import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;

/** Reads a numeric vector of any physical type as doubles, for SUM(DOUBLE) and AVG. */
final class NumericValues {
    private NumericValues() {
    }

    /** The values of a DOUBLE vector as they are, of an INT or BIGINT vector widened into {@code scratch}. */
    static double[] asDoubles(Vector vector, int rows, double[] scratch) {
        return switch (vector) {
            case DoubleVector doubles -> doubles.values();
            case IntVector ints -> {
                int[] values = ints.values();
                for (int row = 0; row < rows; row++) {
                    scratch[row] = values[row];
                }
                yield scratch;
            }
            case LongVector longs -> {
                long[] values = longs.values();
                for (int row = 0; row < rows; row++) {
                    scratch[row] = values[row];
                }
                yield scratch;
            }
            default -> throw new IllegalArgumentException("expected a numeric column, got " + vector.type());
        };
    }
}
