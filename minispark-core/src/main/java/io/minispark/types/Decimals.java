package io.minispark.types;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Arithmetic on unscaled decimal values held in longs: powers of ten, precision checks, rescaling with
 * round half away from zero (as DuckDB rounds), and conversion to and from {@link BigDecimal}. Methods
 * that can overflow throw {@link ArithmeticException}; callers turn that into NUMERIC_OVERFLOW with
 * their own context.
 */
public final class Decimals {
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
        }
    }

    private Decimals() {
    }

    /** 10^exponent for exponent 0..18. */
    public static long powerOfTen(int exponent) {
        return POWERS_OF_TEN[exponent];
    }

    /** The largest unscaled value of the precision: 10^precision - 1. */
    public static long maxUnscaled(int precision) {
        return POWERS_OF_TEN[precision] - 1;
    }

    /** Whether the unscaled value has at most {@code precision} digits. */
    public static boolean fits(long unscaled, int precision) {
        long limit = maxUnscaled(precision);
        return unscaled <= limit && unscaled >= -limit;
    }

    /** The unscaled value itself, or ArithmeticException when it has more digits than the precision. */
    public static long checkPrecision(long unscaled, int precision) {
        if (!fits(unscaled, precision)) {
            throw new ArithmeticException("value has more than " + precision + " digits");
        }
        return unscaled;
    }

    /**
     * The unscaled value at another scale: multiplied exactly when the scale grows, divided with round
     * half away from zero when it shrinks. ArithmeticException when the result leaves the long range.
     */
    public static long rescale(long unscaled, int fromScale, int toScale) {
        // Scales are 0..18, so the difference indexes the table.
        if (toScale >= fromScale) {
            return Math.multiplyExact(unscaled, POWERS_OF_TEN[toScale - fromScale]);
        }
        return divideRounded(unscaled, fromScale - toScale);
    }

    /** {@code value / 10^digits} rounded half away from zero, for any digits &gt;= 0. */
    public static long divideRounded(long value, int digits) {
        if (digits > 18) {
            // 10^digits exceeds the long range; |value| < 9.3e18 is at least half of it only when digits is 19.
            boolean half = digits == 19 && (value >= 5_000_000_000_000_000_000L || value <= -5_000_000_000_000_000_000L);
            return half ? (value < 0 ? -1 : 1) : 0;
        }
        long divisor = POWERS_OF_TEN[digits];
        long quotient = value / divisor;
        long remainder = value % divisor;
        // Compare |remainder| with divisor / 2 without overflow: 2 * |remainder| >= divisor.
        if (Math.abs(remainder) >= divisor - Math.abs(remainder)) {
            quotient += value < 0 ? -1 : 1;
        }
        return quotient;
    }

    /** The value as a BigDecimal of exactly the given scale. */
    public static BigDecimal toBigDecimal(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** The value as a double, correctly rounded (the nearest double to the exact decimal). */
    public static double toDouble(long unscaled, int scale) {
        if (scale == 0 || unscaled == 0) {
            return unscaled;
        }
        // Both operands are exact doubles when |unscaled| < 2^53; then one IEEE division rounds correctly.
        if (Math.abs(unscaled) < (1L << 53)) {
            return unscaled / (double) POWERS_OF_TEN[scale];
        }
        return BigDecimal.valueOf(unscaled, scale).doubleValue();
    }

    /**
     * The unscaled value of a BigDecimal at the type's scale (rounding half away from zero if it has
     * more fractional digits), or ArithmeticException when it does not fit the precision.
     */
    public static long fromBigDecimal(BigDecimal value, DataType type) {
        BigDecimal rescaled = value.setScale(type.scale(), java.math.RoundingMode.HALF_UP);
        BigInteger unscaled = rescaled.unscaledValue();
        if (unscaled.bitLength() > 63) {
            throw new ArithmeticException("value " + value + " is out of range for " + type);
        }
        return checkPrecision(unscaled.longValue(), type.precision());
    }

    /** The text of a decimal with exactly {@code scale} fractional digits, as DuckDB prints it ({@code -0.50}). */
    public static String format(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale).toPlainString();
    }
}
