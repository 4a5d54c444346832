package io.minispark.tpch;

import io.minispark.tpch.TpchTables.Column;
import io.minispark.tpch.TpchTables.IntColumn;
import io.minispark.tpch.TpchTables.LongColumn;
import io.minispark.tpch.TpchTables.StringColumn;
import io.minispark.tpch.TpchTables.Table;
import io.minispark.vector.Batch;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import io.trino.tpch.TpchEntity;
import java.util.List;

/**
 * A columnar buffer that turns generated TPC-H rows into minispark {@link Batch}es of a fixed number of
 * rows. It holds one batch at a time, so generating a table needs memory for one batch, not the table.
 */
final class TpchBatchBuilder<E extends TpchEntity> {
    private final List<Column<E>> columns;
    private final int capacity;
    private Object[] buffers;
    private int rows;

    TpchBatchBuilder(Table<E> table, int capacity) {
        this.columns = table.columns();
        this.capacity = capacity;
        reset();
    }

    /** Adds one row; returns true when the batch is full and should be taken with {@link #build()}. */
    boolean add(E row) {
        for (int c = 0; c < columns.size(); c++) {
            switch (columns.get(c)) {
                case IntColumn<E> column -> ((int[]) buffers[c])[rows] = column.value().applyAsInt(row);
                case LongColumn<E> column -> ((long[]) buffers[c])[rows] = column.value().applyAsLong(row);
                case StringColumn<E> column -> ((StringVector.Builder) buffers[c]).append(column.value().apply(row));
            }
        }
        rows++;
        return rows == capacity;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    /** The rows added since the last build, as a batch; the builder starts over empty. */
    Batch build() {
        Vector[] vectors = new Vector[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column<E> column = columns.get(c);
            vectors[c] = switch (column) {
                case IntColumn<E> ignored -> new IntVector(column.type(), trim((int[]) buffers[c]), null);
                case LongColumn<E> ignored -> new LongVector(column.type(), trim((long[]) buffers[c]), null);
                case StringColumn<E> ignored -> ((StringVector.Builder) buffers[c]).build();
            };
        }
        Batch batch = new Batch(vectors, rows);
        reset();
        return batch;
    }

    private int[] trim(int[] values) {
        return values.length == rows ? values : java.util.Arrays.copyOf(values, rows);
    }

    private long[] trim(long[] values) {
        return values.length == rows ? values : java.util.Arrays.copyOf(values, rows);
    }

    private void reset() {
        // Fresh arrays every batch: a built batch is handed on and must not change under its reader.
        buffers = new Object[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            buffers[c] = switch (columns.get(c)) {
                case IntColumn<E> ignored -> new int[capacity];
                case LongColumn<E> ignored -> new long[capacity];
                case StringColumn<E> ignored -> new StringVector.Builder(capacity, capacity * 24);
            };
        }
        rows = 0;
    }
}
