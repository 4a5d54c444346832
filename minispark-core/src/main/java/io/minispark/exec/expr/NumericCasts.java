package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;

/**
 * Casts among BOOLEAN, INT, BIGINT and DOUBLE, as DuckDB does them: widening is exact; BIGINT to INT
 * out of range raises NUMERIC_OVERFLOW; DOUBLE to an integer rounds half to even ({@code 2.5 -> 2},
 * {@code 3.5 -> 4}, {@code -2.5 -> -2}) and raises NUMERIC_OVERFLOW for NaN, infinities and values
 * outside the range after rounding; a number to BOOLEAN is {@code value != 0} (NaN is TRUE, -0.0 FALSE);
 * BOOLEAN to a number is 1 or 0. Rows under NULL are skipped so their unspecified values cannot fail.
 */
final class NumericCasts {
    /** 2^63 as a double: the first double above the BIGINT range. */
    private static final double TWO_TO_THE_63 = 9.223372036854775808E18;

    private NumericCasts() {
    }

    static Vector apply(Vector source, DataType target) {
        return switch (target.kind()) {
            case BOOLEAN -> toBoolean(source);
            case INT -> toInt(source);
            case BIGINT -> toLong(source);
            case DOUBLE -> toDouble(source);
            case STRING, DATE, TIMESTAMP, DECIMAL, NULL -> throw EvaluationErrors.internal("numeric cast to " + target);
        };
    }

    private static BooleanVector toBoolean(Vector source) {
        int length = source.length();
        boolean[] out = new boolean[length];
        switch (source) {
            case BooleanVector booleans -> System.arraycopy(booleans.values(), 0, out, 0, length);
            case IntVector ints -> { int[] in = ints.values(); for (int row = 0; row < length; row++) { out[row] = in[row] != 0; } }
            case LongVector longs -> { long[] in = longs.values(); for (int row = 0; row < length; row++) { out[row] = in[row] != 0; } }
            case DoubleVector doubles -> { double[] in = doubles.values(); for (int row = 0; row < length; row++) { out[row] = in[row] != 0.0; } }
            case StringVector strings -> throw EvaluationErrors.internal("numeric cast from " + strings.type());
        }
        return new BooleanVector(DataType.BOOLEAN, out, source.nulls());
    }

    private static IntVector toInt(Vector source) {
        int length = source.length();
        int[] out = new int[length];
        boolean[] nulls = source.nulls();
        switch (source) {
            case BooleanVector booleans -> { boolean[] in = booleans.values(); for (int row = 0; row < length; row++) { out[row] = in[row] ? 1 : 0; } }
            case IntVector ints -> System.arraycopy(ints.values(), 0, out, 0, length);
            case LongVector longs -> {
                long[] in = NullMasks.zeroNullRows(longs.values(), nulls);
                for (int row = 0; row < length; row++) {
                    long value = in[row];
                    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                        throw EvaluationErrors.castOutOfRange(DataType.BIGINT, Long.toString(value), DataType.INT);
                    }
                    out[row] = (int) value;
                }
            }
            case DoubleVector doubles -> {
                double[] in = doubles.values();
                for (int row = 0; row < length; row++) {
                    if (nulls == null || !nulls[row]) {
                        double rounded = Math.rint(in[row]);
                        // Written so that NaN fails the test too.
                        if (!(rounded >= Integer.MIN_VALUE && rounded <= Integer.MAX_VALUE)) {
                            throw EvaluationErrors.castOutOfRange(DataType.DOUBLE, Double.toString(in[row]), DataType.INT);
                        }
                        out[row] = (int) rounded;
                    }
                }
            }
            case StringVector strings -> throw EvaluationErrors.internal("numeric cast from " + strings.type());
        }
        return new IntVector(DataType.INT, out, nulls);
    }

    private static LongVector toLong(Vector source) {
        int length = source.length();
        long[] out = new long[length];
        boolean[] nulls = source.nulls();
        switch (source) {
            case BooleanVector booleans -> { boolean[] in = booleans.values(); for (int row = 0; row < length; row++) { out[row] = in[row] ? 1 : 0; } }
            case IntVector ints -> { int[] in = ints.values(); for (int row = 0; row < length; row++) { out[row] = in[row]; } }
            case LongVector longs -> System.arraycopy(longs.values(), 0, out, 0, length);
            case DoubleVector doubles -> {
                double[] in = doubles.values();
                for (int row = 0; row < length; row++) {
                    if (nulls == null || !nulls[row]) {
                        double rounded = Math.rint(in[row]);
                        // -2^63 is exact and in range; 2^63 (what Long.MAX_VALUE rounds to) is not.
                        if (!(rounded >= -TWO_TO_THE_63 && rounded < TWO_TO_THE_63)) {
                            throw EvaluationErrors.castOutOfRange(DataType.DOUBLE, Double.toString(in[row]), DataType.BIGINT);
                        }
                        out[row] = (long) rounded;
                    }
                }
            }
            case StringVector strings -> throw EvaluationErrors.internal("numeric cast from " + strings.type());
        }
        return new LongVector(DataType.BIGINT, out, nulls);
    }

    private static DoubleVector toDouble(Vector source) {
        int length = source.length();
        double[] out = new double[length];
        switch (source) {
            case BooleanVector booleans -> { boolean[] in = booleans.values(); for (int row = 0; row < length; row++) { out[row] = in[row] ? 1.0 : 0.0; } }
            case IntVector ints -> { int[] in = ints.values(); for (int row = 0; row < length; row++) { out[row] = in[row]; } }
            // Rounds to the nearest double (ties to even), as C++'s conversion does in DuckDB.
            case LongVector longs -> { long[] in = longs.values(); for (int row = 0; row < length; row++) { out[row] = in[row]; } }
            case DoubleVector doubles -> System.arraycopy(doubles.values(), 0, out, 0, length);
            case StringVector strings -> throw EvaluationErrors.internal("numeric cast from " + strings.type());
        }
        return new DoubleVector(DataType.DOUBLE, out, source.nulls());
    }
}
