package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.types.Decimals;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Casts to and from DECIMAL, as DuckDB does them:
 * <ul>
 *   <li>DECIMAL to DECIMAL rescales; a shrinking scale rounds half away from zero
 *       ({@code 123.456 -> 123.46}, {@code -0.005 -> -0.01});
 *   <li>INT, BIGINT to DECIMAL are exact; DOUBLE to DECIMAL rounds {@code x * 10^s} half away from zero
 *       in double arithmetic, so the binary value shows through ({@code 1.005 -> 1.00}); NaN and
 *       infinities fail;
 *   <li>DECIMAL to INT, BIGINT rounds half away from zero ({@code 2.5 -> 3}); to DOUBLE divides the
 *       unscaled value by {@code 10^s} in double arithmetic;
 *   <li>BOOLEAN is 1 or 0; a decimal to BOOLEAN is {@code value != 0};
 *   <li>STRING to DECIMAL parses the text exactly (leniency as {@link NumberText}) and rounds half away
 *       from zero to the scale ({@code '1.005' -> 1.01}); DECIMAL to STRING prints exactly {@code s}
 *       fractional digits.
 * </ul>
 * A value with more digits than the target precision, or out of the target integer range, raises
 * NUMERIC_OVERFLOW; text that is not a number or out of range raises INVALID_ARGUMENT. Rows under NULL are skipped.
 */
final class DecimalCasts {
    private DecimalCasts() {
    }

    /** Whether the cast from source to target is one of these (either side is DECIMAL). */
    static boolean handles(DataType source, DataType target) {
        return source.isDecimal() || target.isDecimal();
    }

    static Vector apply(Vector source, DataType target) {
        if (target.isDecimal()) {
            return toDecimal(source, target);
        }
        LongVector decimals = (LongVector) source;
        return switch (target.kind()) {
            case BOOLEAN -> toBoolean(decimals);
            case INT, BIGINT -> toInteger(decimals, target);
            case DOUBLE -> toDouble(decimals);
            case STRING -> toText(decimals);
            case DECIMAL, DATE, TIMESTAMP, NULL -> throw EvaluationErrors.internal("cast from " + source.type() + " to " + target);
        };
    }

    private static LongVector toDecimal(Vector source, DataType target) {
        int length = source.length();
        long[] out = new long[length];
        boolean[] nulls = source.nulls();
        for (int row = 0; row < length; row++) {
            if (nulls == null || !nulls[row]) {
                out[row] = toDecimal(source, row, target);
            }
        }
        return new LongVector(target, out, nulls);
    }

    private static long toDecimal(Vector source, int row, DataType target) {
        int scale = target.scale();
        return switch (source) {
            case BooleanVector booleans -> checked(booleans.get(row) ? Decimals.powerOfTen(scale) : 0, source, row, target);
            case IntVector ints -> scaleInteger(ints.get(row), source, row, target);
            case LongVector longs when source.type().isDecimal() -> {
                long value;
                try {
                    value = Decimals.rescale(longs.get(row), source.type().scale(), scale);
                } catch (ArithmeticException overflow) {
                    throw outOfRange(source, row, target);
                }
                yield checked(value, source, row, target);
            }
            case LongVector longs -> scaleInteger(longs.get(row), source, row, target);
            case DoubleVector doubles -> {
                double scaled = RoundExpression.halfAwayFromZero(doubles.get(row) * Decimals.powerOfTen(scale));
                // Written so that NaN fails the test too; 10^p is exact in double for p <= 18.
                double limit = Decimals.powerOfTen(target.precision());
                if (!(scaled > -limit && scaled < limit)) {
                    throw outOfRange(source, row, target);
                }
                yield (long) scaled;
            }
            case StringVector strings -> {
                String text = strings.getString(row);
                BigDecimal value = NumberText.parseDecimal(text);
                if (value == null) {
                    throw EvaluationErrors.cannotConvert(text, target);
                }
                // Bound the magnitude before rescaling so that '1e999999999' cannot make setScale allocate.
                // Text out of range is a conversion failure (INVALID_ARGUMENT), as for integers and in DuckDB.
                if (value.signum() != 0 && value.precision() - value.scale() > target.precision() + 1) {
                    throw EvaluationErrors.cannotConvert(text, target);
                }
                try {
                    yield Decimals.fromBigDecimal(value, target);
                } catch (ArithmeticException overflow) {
                    throw EvaluationErrors.cannotConvert(text, target);
                }
            }
        };
    }

    private static long scaleInteger(long value, Vector source, int row, DataType target) {
        try {
            return checked(Math.multiplyExact(value, Decimals.powerOfTen(target.scale())), source, row, target);
        } catch (ArithmeticException overflow) {
            throw outOfRange(source, row, target);
        }
    }

    private static long checked(long unscaled, Vector source, int row, DataType target) {
        if (!Decimals.fits(unscaled, target.precision())) {
            throw outOfRange(source, row, target);
        }
        return unscaled;
    }

    private static BooleanVector toBoolean(LongVector source) {
        long[] in = source.values();
        boolean[] out = new boolean[in.length];
        for (int row = 0; row < in.length; row++) {
            out[row] = in[row] != 0;
        }
        return new BooleanVector(DataType.BOOLEAN, out, source.nulls());
    }

    private static Vector toInteger(LongVector source, DataType target) {
        long[] in = NullMasks.zeroNullRows(source.values(), source.nulls());
        int scale = source.type().scale();
        long minimum = target.kind() == io.minispark.types.TypeKind.INT ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long maximum = target.kind() == io.minispark.types.TypeKind.INT ? Integer.MAX_VALUE : Long.MAX_VALUE;
        long[] rounded = new long[in.length];
        for (int row = 0; row < in.length; row++) {
            long value = Decimals.divideRounded(in[row], scale);
            if (value < minimum || value > maximum) {
                throw outOfRange(source, row, target);
            }
            rounded[row] = value;
        }
        if (target.kind() == io.minispark.types.TypeKind.BIGINT) {
            return new LongVector(DataType.BIGINT, rounded, source.nulls());
        }
        int[] out = new int[in.length];
        for (int row = 0; row < in.length; row++) {
            out[row] = (int) rounded[row];
        }
        return new IntVector(DataType.INT, out, source.nulls());
    }

    private static DoubleVector toDouble(LongVector source) {
        long[] in = source.values();
        // DuckDB divides the unscaled value, converted to double, by 10^s; so do we, to agree bit for bit.
        double divisor = Decimals.powerOfTen(source.type().scale());
        double[] out = new double[in.length];
        for (int row = 0; row < in.length; row++) {
            out[row] = in[row] / divisor;
        }
        return new DoubleVector(DataType.DOUBLE, out, source.nulls());
    }

    private static StringVector toText(LongVector source) {
        int length = source.length();
        int scale = source.type().scale();
        StringVector.Builder out = new StringVector.Builder(length);
        for (int row = 0; row < length; row++) {
            if (source.isNull(row)) {
                out.appendNull();
            } else {
                out.append(Decimals.format(source.get(row), scale).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.build(DataType.STRING);
    }

    private static io.minispark.errors.MinisparkException outOfRange(Vector source, int row, DataType target) {
        Object value = source instanceof LongVector longs && source.type().isDecimal()
                ? Decimals.format(longs.get(row), source.type().scale())
                : source instanceof StringVector strings ? strings.getString(row) : source.getObject(row);
        return EvaluationErrors.castOutOfRange(source.type(), String.valueOf(value), target);
    }
}
