package io.minispark.exec.expr;

import io.minispark.logical.Attribute;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Expression;
import io.minispark.logical.Literal;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small table for expression tests: named, typed columns filled with values in storage form, plus
 * helpers to build expressions over it and evaluate them to a list of storage-form values.
 */
final class ExpressionFixture {
    private final List<Attribute> attributes = new ArrayList<>();
    private final List<List<Object>> columnValues = new ArrayList<>();

    /** Adds a column; {@code values} are storage-form objects or null for NULL. */
    ExpressionFixture column(String name, DataType type, Object... values) {
        attributes.add(Attribute.create("t", name, type, true));
        columnValues.add(Arrays.asList(values));
        return this;
    }

    ColumnRef ref(String name) {
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(name)) {
                return new ColumnRef(attribute);
            }
        }
        throw new IllegalArgumentException(name);
    }

    List<Attribute> attributes() {
        return attributes;
    }

    Batch batch() {
        int rows = columnValues.isEmpty() ? 0 : columnValues.get(0).size();
        Vector[] columns = new Vector[attributes.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = vector(attributes.get(c).type(), columnValues.get(c));
        }
        return new Batch(columns, rows);
    }

    List<Object> evaluate(Expression expression) {
        return evaluate(expression, batch());
    }

    List<Object> evaluate(Expression expression, Batch batch) {
        VectorExpression compiled = ExpressionCompiler.compile(expression, attributes);
        Vector result = compiled.evaluate(batch);
        if (result.length() != batch.rowCount()) {
            throw new AssertionError("result has " + result.length() + " rows for " + batch.rowCount());
        }
        return values(result);
    }

    /** A vector's values in storage form (DATE as Integer, TIMESTAMP as Long), null for NULL. */
    static List<Object> values(Vector vector) {
        List<Object> out = new ArrayList<>();
        for (int row = 0; row < vector.length(); row++) {
            if (vector.isNull(row)) {
                out.add(null);
                continue;
            }
            out.add(switch (vector) {
                case BooleanVector booleans -> booleans.get(row);
                case IntVector ints -> ints.get(row);
                case LongVector longs -> longs.get(row);
                case DoubleVector doubles -> doubles.get(row);
                case StringVector strings -> strings.getString(row);
            });
        }
        return out;
    }

    static Vector vector(DataType type, List<Object> values) {
        int length = values.size();
        Vector vector = switch (type.physical()) {
            case STRING -> {
                StringVector.Builder builder = new StringVector.Builder(length);
                for (Object value : values) {
                    if (value == null) {
                        builder.appendNull();
                    } else {
                        builder.append((String) value);
                    }
                }
                yield builder.build(type);
            }
            case BOOLEAN -> {
                boolean[] out = new boolean[length];
                for (int row = 0; row < length; row++) {
                    out[row] = values.get(row) != null && (Boolean) values.get(row);
                }
                yield new BooleanVector(type, out, null);
            }
            case INT -> {
                // Rows that are NULL get a junk value on purpose: kernels must not look at it.
                int[] out = new int[length];
                for (int row = 0; row < length; row++) {
                    out[row] = values.get(row) == null ? Integer.MIN_VALUE : ((Number) values.get(row)).intValue();
                }
                yield new IntVector(type, out, null);
            }
            case LONG -> {
                long[] out = new long[length];
                for (int row = 0; row < length; row++) {
                    out[row] = values.get(row) == null ? Long.MIN_VALUE : ((Number) values.get(row)).longValue();
                }
                yield new LongVector(type, out, null);
            }
            case DOUBLE -> {
                double[] out = new double[length];
                for (int row = 0; row < length; row++) {
                    out[row] = values.get(row) == null ? Double.NaN : ((Number) values.get(row)).doubleValue();
                }
                yield new DoubleVector(type, out, null);
            }
        };
        if (type.physical() != io.minispark.types.PhysicalType.STRING) {
            for (int row = 0; row < length; row++) {
                if (values.get(row) == null) {
                    vector.setNull(row);
                }
            }
        }
        return vector;
    }

    static Literal literal(Object value) {
        return switch (value) {
            case Integer ignored -> new Literal(value, DataType.INT);
            case Long ignored -> new Literal(value, DataType.BIGINT);
            case Double ignored -> new Literal(value, DataType.DOUBLE);
            case String ignored -> new Literal(value, DataType.STRING);
            case Boolean ignored -> new Literal(value, DataType.BOOLEAN);
            default -> throw new IllegalArgumentException(value.toString());
        };
    }

    static Literal nullOf(DataType type) {
        return Literal.nullOf(type);
    }

    /** Rows with many values, to exercise loops beyond trivial lengths: 0..count-1 as INT. */
    static Object[] range(int count) {
        Object[] out = new Object[count];
        for (int k = 0; k < count; k++) {
            out[k] = k;
        }
        return out;
    }
}
