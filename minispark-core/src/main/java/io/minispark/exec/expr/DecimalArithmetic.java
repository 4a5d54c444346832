package io.minispark.exec.expr;

import io.minispark.logical.Arithmetic;
import io.minispark.types.DataType;
import io.minispark.types.Decimals;
import io.minispark.vector.LongVector;

/**
 * The DECIMAL kernels of {@link ArithmeticExpression}, over unscaled longs. The operands may have
 * different scales: {@code +}, {@code -} and {@code %} first bring both to the result's scale (exactly,
 * by multiplying), {@code *} multiplies the unscaled values (the result scale is the sum of the
 * operands'). Any result with more digits than the result precision, and any overflow of a long on
 * the way, raises NUMERIC_OVERFLOW. Modulo by zero is NULL, like integer modulo; the sign of a
 * remainder follows the dividend.
 */
final class DecimalArithmetic {
    private DecimalArithmetic() {
    }

    static LongVector apply(Arithmetic.Op op, LongVector leftValues, LongVector rightValues, boolean[] nulls,
            DataType type) {
        // NULL rows hold unspecified values that must not overflow: zero them (only when there are NULLs).
        long[] left = NullMasks.zeroNullRows(leftValues.values(), nulls);
        long[] right = NullMasks.zeroNullRows(rightValues.values(), nulls);
        int leftScale = leftValues.type().scale();
        int rightScale = rightValues.type().scale();
        int precision = type.precision();
        int length = left.length;
        long[] out = new long[length];
        boolean[] outNulls = nulls;
        int row = 0;
        try {
            switch (op) {
                case ADD -> {
                    long leftFactor = Decimals.powerOfTen(type.scale() - leftScale);
                    long rightFactor = Decimals.powerOfTen(type.scale() - rightScale);
                    for (; row < length; row++) {
                        out[row] = Decimals.checkPrecision(Math.addExact(Math.multiplyExact(left[row], leftFactor),
                                Math.multiplyExact(right[row], rightFactor)), precision);
                    }
                }
                case SUBTRACT -> {
                    long leftFactor = Decimals.powerOfTen(type.scale() - leftScale);
                    long rightFactor = Decimals.powerOfTen(type.scale() - rightScale);
                    for (; row < length; row++) {
                        out[row] = Decimals.checkPrecision(Math.subtractExact(Math.multiplyExact(left[row], leftFactor),
                                Math.multiplyExact(right[row], rightFactor)), precision);
                    }
                }
                case MULTIPLY -> {
                    if (type.scale() != leftScale + rightScale) {
                        throw EvaluationErrors.internal("DECIMAL product of scales " + leftScale + " and " + rightScale
                                + " typed " + type);
                    }
                    for (; row < length; row++) {
                        out[row] = Decimals.checkPrecision(Math.multiplyExact(left[row], right[row]), precision);
                    }
                }
                case MODULO -> {
                    long leftFactor = Decimals.powerOfTen(type.scale() - leftScale);
                    long rightFactor = Decimals.powerOfTen(type.scale() - rightScale);
                    for (; row < length; row++) {
                        long divisor = Math.multiplyExact(right[row], rightFactor);
                        if (divisor == 0) {
                            if (outNulls == nulls) {
                                outNulls = NullMasks.writableCopy(nulls, length);
                            }
                            outNulls[row] = true;
                        } else {
                            out[row] = Decimals.checkPrecision(Math.multiplyExact(left[row], leftFactor) % divisor, precision);
                        }
                    }
                }
                case DIVIDE -> throw EvaluationErrors.internal("DECIMAL division must be typed as DOUBLE");
            }
        } catch (ArithmeticException overflow) {
            throw EvaluationErrors.overflow("overflow in " + Decimals.format(left[row], leftScale) + " " + op.symbol
                    + " " + Decimals.format(right[row], rightScale) + ": the result does not fit " + type);
        }
        return new LongVector(type, out, outNulls);
    }
}
