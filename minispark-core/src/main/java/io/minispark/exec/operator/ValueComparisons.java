package io.minispark.exec.operator;

import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;

/**
 * SQL ordering and key equality of single values: doubles order with NaN above every number and
 * -0.0 equal to 0.0 (and NaN equals NaN as a grouping or join key), strings order by unsigned UTF-8
 * bytes, FALSE orders before TRUE. NULL handling is the caller's business.
 */
public final class ValueComparisons {
    private ValueComparisons() {
    }

    /** Orders two doubles: NaN is the largest value, -0.0 equals 0.0. */
    public static int compareDoubles(double left, double right) {
        if (left < right) {
            return -1;
        }
        if (left > right) {
            return 1;
        }
        if (left == right) {
            return 0;
        }
        // At least one side is NaN.
        return Boolean.compare(Double.isNaN(left), Double.isNaN(right));
    }

    /** Whether two doubles are the same key: -0.0 equals 0.0 and NaN equals NaN, as in {@code Hashing}. */
    public static boolean sameDouble(double left, double right) {
        return left == right || Double.isNaN(left) && Double.isNaN(right);
    }

    /**
     * Whether the non-NULL value at {@code leftRow} of {@code left} equals the one at {@code rightRow}
     * of {@code right}; both vectors have the same physical type.
     */
    public static boolean sameValue(Vector left, int leftRow, Vector right, int rightRow) {
        return switch (left) {
            case IntVector ints -> ints.values()[leftRow] == ((IntVector) right).values()[rightRow];
            case LongVector longs -> longs.values()[leftRow] == ((LongVector) right).values()[rightRow];
            case DoubleVector doubles -> sameDouble(doubles.values()[leftRow], ((DoubleVector) right).values()[rightRow]);
            case BooleanVector booleans -> booleans.values()[leftRow] == ((BooleanVector) right).values()[rightRow];
            case StringVector strings -> strings.equals(leftRow, (StringVector) right, rightRow);
        };
    }

    /** Orders the non-NULL values at two rows of one vector. */
    public static int compareRows(Vector vector, int leftRow, int rightRow) {
        return switch (vector) {
            case IntVector ints -> Integer.compare(ints.values()[leftRow], ints.values()[rightRow]);
            case LongVector longs -> Long.compare(longs.values()[leftRow], longs.values()[rightRow]);
            case DoubleVector doubles -> compareDoubles(doubles.values()[leftRow], doubles.values()[rightRow]);
            case BooleanVector booleans -> Boolean.compare(booleans.values()[leftRow], booleans.values()[rightRow]);
            case StringVector strings -> strings.compare(leftRow, strings, rightRow);
        };
    }
}
