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
 * {@code ABS(x)} of INT, BIGINT or DOUBLE, of the same type. The absolute value of an integer type's
 * {@code MIN_VALUE} does not exist and raises NUMERIC_OVERFLOW (as DuckDB); {@code ABS(-0.0)} is 0.0.
 */
record AbsExpression(VectorExpression argument) implements VectorExpression {
    @Override
    public DataType type() {
        return argument.type();
    }

    @Override
    public Vector evaluate(Batch input) {
        Vector values = argument.evaluate(input);
        boolean[] nulls = values.nulls();
        return switch (values) {
            case IntVector ints -> {
                int[] in = NullMasks.zeroNullRows(ints.values(), nulls);
                int[] out = new int[in.length];
                for (int row = 0; row < in.length; row++) {
                    if (in[row] == Integer.MIN_VALUE) {
                        throw EvaluationErrors.overflow("overflow in ABS(" + in[row] + ")");
                    }
                    out[row] = Math.abs(in[row]);
                }
                yield new IntVector(type(), out, nulls);
            }
            case LongVector longs -> {
                long[] in = NullMasks.zeroNullRows(longs.values(), nulls);
                long[] out = new long[in.length];
                for (int row = 0; row < in.length; row++) {
                    if (in[row] == Long.MIN_VALUE) {
                        throw EvaluationErrors.overflow("overflow in ABS(" + in[row] + ")");
                    }
                    out[row] = Math.abs(in[row]);
                }
                yield new LongVector(type(), out, nulls);
            }
            case DoubleVector doubles -> {
                double[] in = doubles.values();
                double[] out = new double[in.length];
                for (int row = 0; row < in.length; row++) {
                    out[row] = Math.abs(in[row]);
                }
                yield new DoubleVector(type(), out, nulls);
            }
            case BooleanVector booleans -> throw EvaluationErrors.internal("ABS of " + booleans.type());
            case StringVector strings -> throw EvaluationErrors.internal("ABS of " + strings.type());
        };
    }
}
