package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A literal as a vector expression: the same value on every row. The last vector built is cached and
 * returned again for the next batch of the same length, since operators mostly see full-size batches
 * and vectors are immutable once built.
 */
final class ConstantExpression implements VectorExpression {
    private final Object value;
    private final DataType type;
    private volatile Vector cached;

    ConstantExpression(Object value, DataType type) {
        this.value = value;
        this.type = type;
    }

    /** The literal's value in storage form, or null for NULL; lets kernels precompile constant operands. */
    Object value() {
        return value;
    }

    @Override
    public DataType type() {
        return type;
    }

    @Override
    public Vector evaluate(io.minispark.vector.Batch input) {
        int length = input.rowCount();
        Vector vector = cached;
        if (vector == null || vector.length() != length) {
            vector = build(length);
            cached = vector;
        }
        return vector;
    }

    private Vector build(int length) {
        if (value == null) {
            return Vector.nulls(type, length);
        }
        return switch (type.physical()) {
            case BOOLEAN -> {
                boolean[] values = new boolean[length];
                Arrays.fill(values, (Boolean) value);
                yield new BooleanVector(type, values, null);
            }
            case INT -> {
                int[] values = new int[length];
                Arrays.fill(values, ((Number) value).intValue());
                yield new IntVector(type, values, null);
            }
            case LONG -> {
                long[] values = new long[length];
                Arrays.fill(values, ((Number) value).longValue());
                yield new LongVector(type, values, null);
            }
            case DOUBLE -> {
                double[] values = new double[length];
                Arrays.fill(values, ((Number) value).doubleValue());
                yield new DoubleVector(type, values, null);
            }
            case STRING -> {
                byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
                byte[] data = new byte[Math.multiplyExact(bytes.length, length)];
                int[] offsets = new int[length + 1];
                for (int row = 0; row < length; row++) {
                    System.arraycopy(bytes, 0, data, row * bytes.length, bytes.length);
                    offsets[row + 1] = (row + 1) * bytes.length;
                }
                yield new StringVector(type, data, offsets, null);
            }
        };
    }

    @Override
    public String toString() {
        return "constant(" + value + ": " + type + ")";
    }
}
