package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;

/**
 * {@code ROUND(x[, digits])}, of the type of x, rounding half away from zero, as DuckDB does:
 * <ul>
 *   <li>DOUBLE, digits &gt;= 0: {@code round(x * 10^d) / 10^d} in double arithmetic, so the binary
 *       representation shows through ({@code round(1.005, 2) = 1.0}, {@code round(2.675, 2) = 2.68});
 *       when that is infinite or NaN, x itself;
 *   <li>DOUBLE, digits &lt; 0: {@code round(x / 10^-d) * 10^-d}; when that is infinite or NaN, 0.0
 *       ({@code round(1.5, -400) = 0.0});
 *   <li>DOUBLE NaN and ±Infinity are returned unchanged whatever the digits;
 *   <li>INT, BIGINT: unchanged for digits &gt;= 0, otherwise to a multiple of {@code 10^-d}
 *       ({@code round(15, -1) = 20}, {@code round(-25, -1) = -30}); a result out of range raises
 *       NUMERIC_OVERFLOW.
 * </ul>
 * Without digits it rounds to an integral value. NULL when x or digits is NULL.
 */
record RoundExpression(VectorExpression value, VectorExpression digits) implements VectorExpression {
    @Override
    public DataType type() {
        return value.type();
    }

    @Override
    public Vector evaluate(Batch input) {
        Vector values = value.evaluate(input);
        Vector digitValues = digits == null ? null : digits.evaluate(input);
        boolean[] nulls = digitValues == null ? values.nulls() : NullMasks.union(values, digitValues);
        int length = input.rowCount();
        return switch (values) {
            case DoubleVector doubles -> {
                double[] in = doubles.values();
                double[] out = new double[length];
                if (digitValues == null) {
                    for (int row = 0; row < length; row++) {
                        out[row] = halfAwayFromZero(in[row]);
                    }
                } else {
                    for (int row = 0; row < length; row++) {
                        out[row] = roundDouble(in[row], digitsAt(digitValues, row));
                    }
                }
                yield new DoubleVector(type(), out, nulls);
            }
            case IntVector ints -> {
                int[] out = new int[length];
                for (int row = 0; row < length; row++) {
                    if (digitValues != null && (nulls == null || !nulls[row])) {
                        long rounded = roundLong(ints.get(row), digitsAt(digitValues, row));
                        if (rounded != (int) rounded) {
                            throw EvaluationErrors.overflow("overflow in ROUND of INT " + ints.get(row));
                        }
                        out[row] = (int) rounded;
                    } else {
                        out[row] = ints.get(row);
                    }
                }
                yield new IntVector(type(), out, nulls);
            }
            case LongVector longs -> {
                long[] out = new long[length];
                for (int row = 0; row < length; row++) {
                    boolean round = digitValues != null && (nulls == null || !nulls[row]);
                    out[row] = round ? roundLong(longs.get(row), digitsAt(digitValues, row)) : longs.get(row);
                }
                yield new LongVector(type(), out, nulls);
            }
            case BooleanVector booleans -> throw EvaluationErrors.internal("ROUND of " + booleans.type());
            case StringVector strings -> throw EvaluationErrors.internal("ROUND of " + strings.type());
        };
    }

    private static long digitsAt(Vector digitValues, int row) {
        return switch (digitValues) {
            case IntVector ints -> ints.get(row);
            case LongVector longs -> longs.get(row);
            case BooleanVector booleans -> throw EvaluationErrors.internal("ROUND digits of type " + booleans.type());
            case DoubleVector doubles -> throw EvaluationErrors.internal("ROUND digits of type " + doubles.type());
            case StringVector strings -> throw EvaluationErrors.internal("ROUND digits of type " + strings.type());
        };
    }

    /** C's {@code round}: to the nearest integral value, halves away from zero; exact for every double. */
    static double halfAwayFromZero(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        double magnitude = Math.abs(value);
        double floor = Math.floor(magnitude);
        // magnitude - floor is exact (both are within a factor of two or the fraction is representable).
        if (magnitude - floor >= 0.5) {
            floor += 1.0;
        }
        return Math.copySign(floor, value);
    }

    static double roundDouble(double value, long digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        if (digits >= 0) {
            double scale = Math.pow(10.0, digits);
            double rounded = halfAwayFromZero(value * scale) / scale;
            return Double.isNaN(rounded) || Double.isInfinite(rounded) ? value : rounded;
        }
        double scale = Math.pow(10.0, -digits);
        double rounded = halfAwayFromZero(value / scale) * scale;
        return Double.isNaN(rounded) || Double.isInfinite(rounded) ? 0.0 : rounded;
    }

    static long roundLong(long value, long digits) {
        if (digits >= 0) {
            return value;
        }
        if (digits < -18) {
            // 10^19 exceeds BIGINT: only |value| >= 5 * 10^18 would round away from 0, to an impossible 10^19.
            if (value >= 5_000_000_000_000_000_000L || value <= -5_000_000_000_000_000_000L) {
                throw EvaluationErrors.overflow("overflow in ROUND of " + value);
            }
            return 0;
        }
        long power = 1;
        for (long k = 0; k < -digits; k++) {
            power *= 10;
        }
        long quotient = value / power;
        long remainder = value % power;
        if (Math.abs(remainder) >= power - Math.abs(remainder)) {
            quotient += Long.signum(value);
        }
        try {
            return Math.multiplyExact(quotient, power);
        } catch (ArithmeticException overflow) {
            throw EvaluationErrors.overflow("overflow in ROUND of " + value);
        }
    }
}
