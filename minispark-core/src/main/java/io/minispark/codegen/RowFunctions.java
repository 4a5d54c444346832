package io.minispark.codegen;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.DataType;
import io.minispark.types.Decimals;
import java.util.Arrays;

/**
 * The static helpers generated code calls for one value at a time: checked integer and decimal
 * arithmetic, the SQL orderings of doubles and strings, and the errors the interpreted kernels raise.
 * Each is small enough for the JIT to inline into the generated loop, so calling one costs no more than
 * writing its body out in the generated source, and keeps that source readable.
 */
public final class RowFunctions {
    private RowFunctions() {
    }

    public static int addInt(int left, int right) {
        int result = left + right;
        // Overflow iff both operands have the sign the result lacks (Hacker's Delight 2-12).
        if (((left ^ result) & (right ^ result)) < 0) {
            throw overflow("overflow in INT " + left + " + " + right);
        }
        return result;
    }

    public static int subtractInt(int left, int right) {
        int result = left - right;
        if (((left ^ right) & (left ^ result)) < 0) {
            throw overflow("overflow in INT " + left + " - " + right);
        }
        return result;
    }

    public static int multiplyInt(int left, int right) {
        long result = (long) left * (long) right;
        if ((int) result != result) {
            throw overflow("overflow in INT " + left + " * " + right);
        }
        return (int) result;
    }

    public static int moduloInt(int left, int right) {
        if (right == 0) {
            throw divisionByZero(left + " % 0");
        }
        if (right == -1) {
            if (left == Integer.MIN_VALUE) {
                throw overflow("overflow in INT " + left + " % -1");
            }
            return 0;
        }
        return left % right;
    }

    public static int negateInt(int value) {
        if (value == Integer.MIN_VALUE) {
            throw overflow("overflow in INT negation of " + value);
        }
        return -value;
    }

    public static long addLong(long left, long right) {
        long result = left + right;
        if (((left ^ result) & (right ^ result)) < 0) {
            throw overflow("overflow in BIGINT " + left + " + " + right);
        }
        return result;
    }

    public static long subtractLong(long left, long right) {
        long result = left - right;
        if (((left ^ right) & (left ^ result)) < 0) {
            throw overflow("overflow in BIGINT " + left + " - " + right);
        }
        return result;
    }

    public static long multiplyLong(long left, long right) {
        long high = Math.multiplyHigh(left, right);
        long low = left * right;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low;
        }
        throw overflow("overflow in BIGINT " + left + " * " + right);
    }

    public static long moduloLong(long left, long right) {
        if (right == 0) {
            throw divisionByZero(left + " % 0");
        }
        if (right == -1) {
            if (left == Long.MIN_VALUE) {
                throw overflow("overflow in BIGINT " + left + " % -1");
            }
            return 0;
        }
        return left % right;
    }

    public static long negateLong(long value) {
        if (value == Long.MIN_VALUE) {
            throw overflow("overflow in BIGINT negation of " + value);
        }
        return -value;
    }

    /**
     * {@code left + right} of decimals already brought to the result scale by the factors (powers of
     * ten), checked against the result precision, as {@code DecimalArithmetic} does. The operand
     * scales only serve the error message, which reads as the interpreter's.
     */
    public static long addDecimal(long left, long leftFactor, int leftScale, long right, long rightFactor, int rightScale,
                                  int precision, int scale) {
        try {
            return Decimals.checkPrecision(Math.addExact(Math.multiplyExact(left, leftFactor),
                    Math.multiplyExact(right, rightFactor)), precision);
        } catch (ArithmeticException e) {
            throw decimalOverflow(left, leftScale, "+", right, rightScale, precision, scale);
        }
    }

    public static long subtractDecimal(long left, long leftFactor, int leftScale, long right, long rightFactor,
                                       int rightScale, int precision, int scale) {
        try {
            return Decimals.checkPrecision(Math.subtractExact(Math.multiplyExact(left, leftFactor),
                    Math.multiplyExact(right, rightFactor)), precision);
        } catch (ArithmeticException e) {
            throw decimalOverflow(left, leftScale, "-", right, rightScale, precision, scale);
        }
    }

    public static long multiplyDecimal(long left, int leftScale, long right, int rightScale, int precision) {
        try {
            return Decimals.checkPrecision(Math.multiplyExact(left, right), precision);
        } catch (ArithmeticException e) {
            throw decimalOverflow(left, leftScale, "*", right, rightScale, precision, leftScale + rightScale);
        }
    }

    public static long moduloDecimal(long left, long leftFactor, int leftScale, long right, long rightFactor,
                                     int rightScale, int precision, int scale) {
        try {
            long divisor = Math.multiplyExact(right, rightFactor);
            if (divisor == 0) {
                throw divisionByZero(Decimals.format(left, leftScale) + " % 0");
            }
            return Decimals.checkPrecision(Math.multiplyExact(left, leftFactor) % divisor, precision);
        } catch (ArithmeticException e) {
            throw decimalOverflow(left, leftScale, "%", right, rightScale, precision, scale);
        }
    }

    private static MinisparkException decimalOverflow(long left, int leftScale, String op, long right, int rightScale,
                                                      int precision, int scale) {
        return overflow("overflow in " + Decimals.format(left, leftScale) + " " + op + " "
                + Decimals.format(right, rightScale) + ": the result does not fit " + DataType.decimal(precision, scale));
    }

    /** An integer as a decimal of the given scale and precision (CAST), as {@code DecimalCasts} does. */
    public static long integerToDecimal(long value, long factor, int precision, String target) {
        long unscaled;
        try {
            unscaled = Math.multiplyExact(value, factor);
        } catch (ArithmeticException e) {
            throw castOutOfRange(value, target);
        }
        if (!Decimals.fits(unscaled, precision)) {
            throw castOutOfRange(value, target);
        }
        return unscaled;
    }

    /** A decimal brought to another scale and checked against the target precision (CAST). */
    public static long rescaleDecimal(long unscaled, int fromScale, int toScale, int precision, String target) {
        long value;
        try {
            value = Decimals.rescale(unscaled, fromScale, toScale);
        } catch (ArithmeticException e) {
            throw castOutOfRange(Decimals.format(unscaled, fromScale), target);
        }
        if (!Decimals.fits(value, precision)) {
            throw castOutOfRange(Decimals.format(unscaled, fromScale), target);
        }
        return value;
    }

    /** The SQL order of doubles: -0.0 equals 0.0, NaN equals NaN and sorts above everything. */
    public static int compareDouble(double left, double right) {
        return left == right ? 0 : Double.compare(left, right);
    }

    public static boolean equalDouble(double left, double right) {
        return left == right || (left != left && right != right);
    }

    /** Strings compare as unsigned UTF-8 bytes. */
    public static int compareBytes(byte[] left, int leftFrom, int leftTo, byte[] right, int rightFrom, int rightTo) {
        return Arrays.compareUnsigned(left, leftFrom, leftTo, right, rightFrom, rightTo);
    }

    public static boolean equalBytes(byte[] left, int leftFrom, int leftTo, byte[] right, int rightFrom, int rightTo) {
        return Arrays.equals(left, leftFrom, leftTo, right, rightFrom, rightTo);
    }

    /** The hash the aggregation tables use for a double key; equal for -0.0/0.0 and for all NaNs. */
    public static long doubleKeyBits(double value) {
        if (value == 0.0) {
            return 0L;
        }
        return value != value ? 0x7ff8000000000000L : Double.doubleToLongBits(value);
    }

    /** A cheap, well-mixed hash of a long key for the generated hash tables (not the shuffle hash). */
    /**
     * What {@link #packShortKey} returns for strings of eight bytes or more: its top byte (0x80) is
     * never a packed string's, whose top byte holds a length of at most seven.
     */
    public static final long LONG_STRING_KEY = Long.MIN_VALUE;

    /**
     * A string group key of at most seven bytes as one long (bytes little-endian, length in the top
     * byte), so equal packed values mean equal strings; longer strings give {@link #LONG_STRING_KEY}.
     */
    public static long packShortKey(byte[] data, int from, int to) {
        int length = to - from;
        if (length > 7) {
            return LONG_STRING_KEY;
        }
        // Unrolled: a loop here kept the fused loop of a query grouping by short strings (TPC-H Q1)
        // from being optimised as a whole.
        long packed = (long) length << 56;
        switch (length) {
            case 7: packed |= (data[from + 6] & 0xffL) << 48;
            case 6: packed |= (data[from + 5] & 0xffL) << 40;
            case 5: packed |= (data[from + 4] & 0xffL) << 32;
            case 4: packed |= (data[from + 3] & 0xffL) << 24;
            case 3: packed |= (data[from + 2] & 0xffL) << 16;
            case 2: packed |= (data[from + 1] & 0xffL) << 8;
            case 1: packed |= data[from] & 0xffL;
            default: return packed;
        }
    }

    /** The hash of a string group key, from its packed form when it has one. */
    public static int hashStringKey(long packed, byte[] data, int from, int to) {
        return packed != LONG_STRING_KEY ? mix(packed) : io.minispark.vector.Hashing.hashBytes(data, from, to);
    }

    public static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** A running SUM of integers or unscaled decimals; NUMERIC_OVERFLOW (as SumLongAccumulator) past a long. */
    public static long addSum(long sum, long value, DataType type) {
        long result = sum + value;
        if (((sum ^ result) & (value ^ result)) < 0) {
            throw sumOverflow(type);
        }
        return result;
    }

    /** A running AVG sum of unscaled decimals; NUMERIC_OVERFLOW (as DecimalAverageAccumulator) past a long. */
    public static long addAverage(long sum, long value, DataType sumType) {
        long result = sum + value;
        if (((sum ^ result) & (value ^ result)) < 0) {
            throw averageOverflow(sumType);
        }
        return result;
    }

    public static MinisparkException sumOverflow(DataType type) {
        return new MinisparkException(ErrorCode.NUMERIC_OVERFLOW,
                "SUM overflowed the range of " + type + "; cast the argument to DOUBLE to sum larger values");
    }

    public static MinisparkException averageOverflow(DataType sumType) {
        return new MinisparkException(ErrorCode.NUMERIC_OVERFLOW,
                "AVG of " + sumType + " values overflowed its exact 64-bit sum; cast the argument to DOUBLE");
    }

    static MinisparkException overflow(String message) {
        return new MinisparkException(ErrorCode.NUMERIC_OVERFLOW, message);
    }

    static MinisparkException divisionByZero(String expression) {
        return new MinisparkException(ErrorCode.DIVISION_BY_ZERO, "division by zero in " + expression);
    }

    private static MinisparkException castOutOfRange(Object value, String target) {
        return overflow("value " + value + " is out of range for type " + target);
    }
}
