package io.minispark.exec.expr;

import io.minispark.logical.Arithmetic;
import io.minispark.types.DataType;
import io.minispark.vector.DoubleVector;

/**
 * The DOUBLE kernels of {@link ArithmeticExpression}: IEEE 754 without checks, so the loops run over
 * NULL rows too (their results are masked) and need no null-free variant.
 */
final class DoubleArithmetic {
    private DoubleArithmetic() {
    }

    static DoubleVector apply(Arithmetic.Op op, double[] left, double[] right, boolean[] nulls, DataType type) {
        int length = left.length;
        double[] out = new double[length];
        switch (op) {
            case ADD -> {
                for (int row = 0; row < length; row++) {
                    out[row] = left[row] + right[row];
                }
            }
            case SUBTRACT -> {
                for (int row = 0; row < length; row++) {
                    out[row] = left[row] - right[row];
                }
            }
            case MULTIPLY -> {
                for (int row = 0; row < length; row++) {
                    out[row] = left[row] * right[row];
                }
            }
            case DIVIDE -> {
                for (int row = 0; row < length; row++) {
                    out[row] = left[row] / right[row];
                }
            }
            case MODULO -> {
                // Java's % on doubles is C's fmod: the sign follows the dividend, x % 0.0 is NaN.
                for (int row = 0; row < length; row++) {
                    out[row] = left[row] % right[row];
                }
            }
        }
        return new DoubleVector(type, out, nulls);
    }
}
