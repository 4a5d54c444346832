package io.minispark.exec.expr;

import io.minispark.logical.Arithmetic;
import io.minispark.types.DataType;
import io.minispark.vector.LongVector;

/** The BIGINT kernels of {@link ArithmeticExpression}: checked loops over {@code long[]}. */
final class LongArithmetic {
    private LongArithmetic() {
    }

    static LongVector apply(Arithmetic.Op op, long[] leftValues, long[] rightValues, boolean[] nulls, DataType type) {
        // NULL rows hold unspecified values that must not overflow: zero them (only when there are NULLs).
        long[] left = NullMasks.zeroNullRows(leftValues, nulls);
        long[] right = NullMasks.zeroNullRows(rightValues, nulls);
        int length = left.length;
        long[] out = new long[length];
        int row = 0;
        try {
            switch (op) {
                case ADD -> {
                    for (; row < length; row++) {
                        out[row] = Math.addExact(left[row], right[row]);
                    }
                }
                case SUBTRACT -> {
                    for (; row < length; row++) {
                        out[row] = Math.subtractExact(left[row], right[row]);
                    }
                }
                case MULTIPLY -> {
                    for (; row < length; row++) {
                        out[row] = Math.multiplyExact(left[row], right[row]);
                    }
                }
                case MODULO -> {
                    return modulo(left, right, nulls, type);
                }
                case DIVIDE -> throw EvaluationErrors.internal("BIGINT division must be typed as DOUBLE");
            }
        } catch (ArithmeticException overflow) {
            throw EvaluationErrors.overflow("overflow in BIGINT " + left[row] + " " + op.symbol + " " + right[row]);
        }
        return new LongVector(type, out, nulls);
    }

    private static LongVector modulo(long[] left, long[] right, boolean[] nulls, DataType type) {
        int length = left.length;
        long[] out = new long[length];
        for (int row = 0; row < length; row++) {
            long divisor = right[row];
            if (divisor == 0) {
                // NULL rows were zeroed; only a real zero divisor is an error (as in DuckDB).
                if (nulls == null || !nulls[row]) {
                    throw EvaluationErrors.divisionByZero(left[row] + " % 0");
                }
            } else if (divisor == -1) {
                // Java gives 0 for MIN_VALUE % -1; DuckDB reports the overflow of the implied division.
                if (left[row] == Long.MIN_VALUE) {
                    throw EvaluationErrors.overflow("overflow in BIGINT " + left[row] + " % -1");
                }
                out[row] = 0;
            } else {
                out[row] = left[row] % divisor;
            }
        }
        return new LongVector(type, out, nulls);
    }
}
