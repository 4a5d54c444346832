package io.minispark.exec.expr;

import io.minispark.logical.Comparison;
import io.minispark.vector.StringVector;

/**
 * Comparison loops per physical type, one loop per operator so the operator test is not re-dispatched
 * per row. Results under NULL rows are computed but meaningless; callers attach the null mask.
 */
final class ComparisonKernels {
    private ComparisonKernels() {
    }

    static boolean[] ints(Comparison.Op op, int[] left, int[] right, int length) {
        boolean[] out = new boolean[length];
        switch (op) {
            case EQ -> { for (int row = 0; row < length; row++) { out[row] = left[row] == right[row]; } }
            case NE -> { for (int row = 0; row < length; row++) { out[row] = left[row] != right[row]; } }
            case LT -> { for (int row = 0; row < length; row++) { out[row] = left[row] < right[row]; } }
            case LE -> { for (int row = 0; row < length; row++) { out[row] = left[row] <= right[row]; } }
            case GT -> { for (int row = 0; row < length; row++) { out[row] = left[row] > right[row]; } }
            case GE -> { for (int row = 0; row < length; row++) { out[row] = left[row] >= right[row]; } }
        }
        return out;
    }

    static boolean[] longs(Comparison.Op op, long[] left, long[] right, int length) {
        boolean[] out = new boolean[length];
        switch (op) {
            case EQ -> { for (int row = 0; row < length; row++) { out[row] = left[row] == right[row]; } }
            case NE -> { for (int row = 0; row < length; row++) { out[row] = left[row] != right[row]; } }
            case LT -> { for (int row = 0; row < length; row++) { out[row] = left[row] < right[row]; } }
            case LE -> { for (int row = 0; row < length; row++) { out[row] = left[row] <= right[row]; } }
            case GT -> { for (int row = 0; row < length; row++) { out[row] = left[row] > right[row]; } }
            case GE -> { for (int row = 0; row < length; row++) { out[row] = left[row] >= right[row]; } }
        }
        return out;
    }

    /** DOUBLE comparison in the order of {@link DoubleOrdering} (NaN equal to itself and largest). */
    static boolean[] doubles(Comparison.Op op, double[] left, double[] right, int length) {
        boolean[] out = new boolean[length];
        switch (op) {
            case EQ -> { for (int row = 0; row < length; row++) { out[row] = DoubleOrdering.equal(left[row], right[row]); } }
            case NE -> { for (int row = 0; row < length; row++) { out[row] = !DoubleOrdering.equal(left[row], right[row]); } }
            case LT -> { for (int row = 0; row < length; row++) { out[row] = DoubleOrdering.compare(left[row], right[row]) < 0; } }
            case LE -> { for (int row = 0; row < length; row++) { out[row] = DoubleOrdering.compare(left[row], right[row]) <= 0; } }
            case GT -> { for (int row = 0; row < length; row++) { out[row] = DoubleOrdering.compare(left[row], right[row]) > 0; } }
            case GE -> { for (int row = 0; row < length; row++) { out[row] = DoubleOrdering.compare(left[row], right[row]) >= 0; } }
        }
        return out;
    }

    /** BOOLEAN comparison with FALSE &lt; TRUE. */
    static boolean[] booleans(Comparison.Op op, boolean[] left, boolean[] right, int length) {
        boolean[] out = new boolean[length];
        switch (op) {
            case EQ -> { for (int row = 0; row < length; row++) { out[row] = left[row] == right[row]; } }
            case NE -> { for (int row = 0; row < length; row++) { out[row] = left[row] != right[row]; } }
            case LT -> { for (int row = 0; row < length; row++) { out[row] = !left[row] & right[row]; } }
            case LE -> { for (int row = 0; row < length; row++) { out[row] = !left[row] | right[row]; } }
            case GT -> { for (int row = 0; row < length; row++) { out[row] = left[row] & !right[row]; } }
            case GE -> { for (int row = 0; row < length; row++) { out[row] = left[row] | !right[row]; } }
        }
        return out;
    }

    /** STRING comparison as unsigned UTF-8 bytes (code point order), never decoding. */
    static boolean[] strings(Comparison.Op op, StringVector left, StringVector right, int length) {
        boolean[] out = new boolean[length];
        switch (op) {
            case EQ -> { for (int row = 0; row < length; row++) { out[row] = left.equals(row, right, row); } }
            case NE -> { for (int row = 0; row < length; row++) { out[row] = !left.equals(row, right, row); } }
            case LT -> { for (int row = 0; row < length; row++) { out[row] = left.compare(row, right, row) < 0; } }
            case LE -> { for (int row = 0; row < length; row++) { out[row] = left.compare(row, right, row) <= 0; } }
            case GT -> { for (int row = 0; row < length; row++) { out[row] = left.compare(row, right, row) > 0; } }
            case GE -> { for (int row = 0; row < length; row++) { out[row] = left.compare(row, right, row) >= 0; } }
        }
        return out;
    }
}
