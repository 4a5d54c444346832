package io.minispark.exec.operator;

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

/** Builds batches from rows of raw Java values and reads them back, for operator tests. */
final class TestBatches {
    private TestBatches() {
    }

    /** A batch of the given column types; values are Boolean, Integer (INT, DATE), Long (BIGINT, TIMESTAMP), Double, String or null. */
    static Batch of(List<DataType> types, List<List<Object>> rows) {
        Vector[] columns = new Vector[types.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = column(types.get(c), rows, c);
        }
        return new Batch(columns, rows.size());
    }

    static Batch of(List<DataType> types, Object[]... rows) {
        List<List<Object>> list = new ArrayList<>();
        for (Object[] row : rows) {
            list.add(Arrays.asList(row));
        }
        return of(types, list);
    }

    private static Vector column(DataType type, List<List<Object>> rows, int c) {
        int n = rows.size();
        if (type.physical() == io.minispark.types.PhysicalType.STRING) {
            StringVector.Builder builder = new StringVector.Builder(n);
            for (List<Object> row : rows) {
                if (row.get(c) == null) {
                    builder.appendNull();
                } else {
                    builder.append((String) row.get(c));
                }
            }
            return builder.build(type);
        }
        Vector vector = Vector.allocate(type, n);
        for (int r = 0; r < n; r++) {
            Object value = rows.get(r).get(c);
            if (value == null) {
                vector.setNull(r);
                continue;
            }
            switch (vector) {
                case BooleanVector v -> v.values()[r] = (Boolean) value;
                case IntVector v -> v.values()[r] = (Integer) value;
                case LongVector v -> v.values()[r] = ((Number) value).longValue();
                case DoubleVector v -> v.values()[r] = ((Number) value).doubleValue();
                case StringVector v -> throw new AssertionError();
            }
        }
        return vector;
    }

    static List<List<Object>> rows(Batch batch) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < batch.rowCount(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < batch.columnCount(); c++) {
                row.add(value(batch.column(c), r));
            }
            rows.add(row);
        }
        return rows;
    }

    static Object value(Vector vector, int row) {
        if (vector.isNull(row)) {
            return null;
        }
        return switch (vector) {
            case BooleanVector v -> v.get(row);
            case IntVector v -> v.get(row);
            case LongVector v -> v.get(row);
            case DoubleVector v -> v.get(row);
            case StringVector v -> v.getString(row);
        };
    }

    /** The batch cut into slices of at most {@code size} rows. */
    static List<Batch> split(Batch batch, int size) {
        List<Batch> out = new ArrayList<>();
        for (int from = 0; from < batch.rowCount(); from += size) {
            out.add(batch.slice(from, Math.min(batch.rowCount(), from + size)));
        }
        return out;
    }

    /** Pushes the rows into the operator in batches of {@code size} and finishes it. */
    static void run(io.minispark.exec.Operator operator, Batch input, int size) {
        for (Batch part : split(input, size)) {
            operator.push(part);
        }
        operator.finish();
    }
}
