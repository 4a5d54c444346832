package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.types.Decimals;
import io.minispark.vector.Batch;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;

/**
 * {@code ROUND(x[, digits])} of a DECIMAL(p, s) with constant digits, as DuckDB does it: halves round
 * away from zero; the result is DECIMAL(p, max(0, min(s, digits))), so digits &gt;= s leave x unchanged
 * and negative digits round to a multiple of {@code 10^-digits} at scale 0
 * ({@code round(125.45, -1) = 130}). A result with more than p digits raises NUMERIC_OVERFLOW.
 */
record DecimalRoundExpression(VectorExpression value, long digits, DataType type) implements VectorExpression {

    /** The kernel; digits must be a constant (the analyzer insists), NULL digits make every row NULL. */
    static VectorExpression create(VectorExpression value, VectorExpression digits, DataType type) {
        if (digits == null) {
            return new DecimalRoundExpression(value, 0, type);
        }
        if (!(digits instanceof ConstantExpression constant)) {
            throw EvaluationErrors.typeMismatch("ROUND of a DECIMAL needs constant digits");
        }
        if (constant.value() == null) {
            return new ConstantExpression(null, type);
        }
        return new DecimalRoundExpression(value, ((Number) constant.value()).longValue(), type);
    }

    DecimalRoundExpression {
        DataType source = value.type();
        if (!source.isDecimal() || !type.isDecimal() || type.precision() != source.precision()
                || type.scale() != Math.max(0, Math.min(source.scale(), digits))) {
            throw EvaluationErrors.internal("ROUND(" + source + ", " + digits + ") typed " + type);
        }
    }

    @Override
    public Vector evaluate(Batch input) {
        LongVector values = (LongVector) value.evaluate(input);
        boolean[] nulls = values.nulls();
        long[] in = NullMasks.zeroNullRows(values.values(), nulls);
        int sourceScale = value.type().scale();
        // Digits dropped from the unscaled value, and zeros put back when rounding left of the point.
        long dropped = sourceScale - digits;
        int zerosBack = digits < 0 ? (int) Math.min(-digits, 19) : 0;
        long[] out = new long[in.length];
        for (int row = 0; row < in.length; row++) {
            long rounded = dropped <= 0 ? in[row] : Decimals.divideRounded(in[row], (int) Math.min(dropped, 19));
            if (zerosBack > 0 && rounded != 0) {
                if (zerosBack > 18) {
                    throw overflow(in[row]);
                }
                try {
                    rounded = Math.multiplyExact(rounded, Decimals.powerOfTen(zerosBack));
                } catch (ArithmeticException e) {
                    throw overflow(in[row]);
                }
            }
            if (!Decimals.fits(rounded, type.precision())) {
                throw overflow(in[row]);
            }
            out[row] = rounded;
        }
        return new LongVector(type, out, nulls);
    }

    private io.minispark.errors.MinisparkException overflow(long unscaled) {
        return EvaluationErrors.overflow("overflow in ROUND(" + Decimals.format(unscaled, value.type().scale()) + ", "
                + digits + ") for " + type);
    }
}
