package io.minispark.exec.expr;

/**
 * The SQL order of DOUBLE values, as DuckDB and PostgreSQL define it: {@code -0.0} equals {@code 0.0},
 * NaN equals NaN and is greater than every other value, including +Infinity.
 */
final class DoubleOrdering {
    private DoubleOrdering() {
    }

    static int compare(double left, double right) {
        // '==' makes -0.0 equal 0.0; Double.compare then only sees NaN or distinct numbers, and puts NaN last.
        return left == right ? 0 : Double.compare(left, right);
    }

    static boolean equal(double left, double right) {
        return left == right || (left != left && right != right);
    }
}
