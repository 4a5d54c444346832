package io.minispark.result;

import io.minispark.types.DataType;
import io.minispark.types.Dates;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Turns a few rows of Java objects (statement output such as SHOW TABLES) into a batch for the writers. */
public final class RowBatches {
    private RowBatches() {
    }

    public static Batch of(Schema schema, List<Row> rows) {
        Vector[] columns = new Vector[schema.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = column(schema.type(c), rows, c);
        }
        return new Batch(columns, rows.size());
    }

    private static Vector column(DataType type, List<Row> rows, int c) {
        int n = rows.size();
        boolean[] nulls = new boolean[n];
        boolean anyNull = false;
        for (int r = 0; r < n; r++) {
            nulls[r] = rows.get(r).get(c) == null;
            anyNull |= nulls[r];
        }
        boolean[] mask = anyNull ? nulls : null;
        return switch (type.physical()) {
            case BOOLEAN -> {
                boolean[] values = new boolean[n];
                for (int r = 0; r < n; r++) {
                    values[r] = !nulls[r] && (Boolean) rows.get(r).get(c);
                }
                yield new BooleanVector(type, values, mask);
            }
            case INT -> {
                int[] values = new int[n];
                for (int r = 0; r < n; r++) {
                    Object v = rows.get(r).get(c);
                    values[r] = v == null ? 0 : v instanceof LocalDate d ? Dates.toEpochDay(d) : ((Number) v).intValue();
                }
                yield new IntVector(type, values, mask);
            }
            case LONG -> {
                long[] values = new long[n];
                for (int r = 0; r < n; r++) {
                    Object v = rows.get(r).get(c);
                    values[r] = v == null ? 0 : v instanceof LocalDateTime t ? Dates.toMicros(t) : ((Number) v).longValue();
                }
                yield new LongVector(type, values, mask);
            }
            case DOUBLE -> {
                double[] values = new double[n];
                for (int r = 0; r < n; r++) {
                    values[r] = nulls[r] ? 0 : ((Number) rows.get(r).get(c)).doubleValue();
                }
                yield new DoubleVector(type, values, mask);
            }
            case STRING -> {
                StringVector.Builder builder = new StringVector.Builder(n);
                for (int r = 0; r < n; r++) {
                    Object v = rows.get(r).get(c);
                    if (v == null) {
                        builder.appendNull();
                    } else {
                        builder.append(v.toString());
                    }
                }
                yield builder.build(type);
            }
        };
    }
}
