package io.minispark.io;

import io.minispark.vector.Batch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helper: batches as lists of rows of Java objects, for readable assertions. */
public final class Rows {
    private Rows() {
    }

    public static List<List<Object>> of(Batch batch) {
        List<List<Object>> rows = new ArrayList<>(batch.rowCount());
        for (int r = 0; r < batch.rowCount(); r++) {
            List<Object> row = new ArrayList<>(batch.columnCount());
            for (int c = 0; c < batch.columnCount(); c++) {
                row.add(batch.column(c).getObject(r));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Every batch of a reader, checking none exceeds the batch size, then closes it. */
    public static List<List<Object>> readAll(BatchReader reader, int batchSize) {
        List<List<Object>> rows = new ArrayList<>();
        try (reader) {
            for (Batch batch = reader.next(); batch != null; batch = reader.next()) {
                if (batch.rowCount() > batchSize || batch.rowCount() == 0) {
                    throw new AssertionError("batch of " + batch.rowCount() + " rows from a reader with batch size " + batchSize);
                }
                rows.addAll(of(batch));
            }
        }
        return rows;
    }

    public static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
