package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;

/**
 * Unary minus over INT, BIGINT or DOUBLE. Negating {@code MIN_VALUE} of an integer type raises
 * NUMERIC_OVERFLOW (DuckDB widens the literal case at bind time; at run time it errors too).
 * {@code -(0.0)} is {@code -0.0}, as in IEEE 754.
 */
record NegateExpression(VectorExpression child) implements VectorExpression {
    NegateExpression {
        if (!child.type().isNumeric()) {
            throw EvaluationErrors.internal("negation of " + child.type());
        }
    }

    @Override
    public DataType type() {
        return child.type();
    }

    @Override
    public Vector evaluate(Batch input) {
        Vector values = child.evaluate(input);
        boolean[] nulls = values.nulls();
        return switch (values) {
            case IntVector ints -> {
                int[] in = NullMasks.zeroNullRows(ints.values(), nulls);
                int[] out = new int[in.length];
                for (int row = 0; row < in.length; row++) {
                    if (in[row] == Integer.MIN_VALUE) {
                        throw EvaluationErrors.overflow("overflow in INT negation of " + in[row]);
                    }
                    out[row] = -in[row];
                }
                yield new IntVector(type(), out, nulls);
            }
            case LongVector longs -> {
                long[] in = NullMasks.zeroNullRows(longs.values(), nulls);
                long[] out = new long[in.length];
                for (int row = 0; row < in.length; row++) {
                    if (in[row] == Long.MIN_VALUE) {
                        throw EvaluationErrors.overflow("overflow in BIGINT negation of " + in[row]);
                    }
                    out[row] = -in[row];
                }
                yield new LongVector(type(), out, nulls);
            }
            case DoubleVector doubles -> {
                double[] in = doubles.values();
                double[] out = new double[in.length];
                for (int row = 0; row < in.length; row++) {
                    out[row] = -in[row];
                }
                yield new DoubleVector(type(), out, nulls);
            }
            case BooleanVector booleans -> throw EvaluationErrors.internal("negation of " + booleans.type());
            case StringVector strings -> throw EvaluationErrors.internal("negation of " + strings.type());
        };
    }
}
