package io.minispark.exec.operator;

import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.exec.TaskContext;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.util.ArrayList;
import java.util.List;

/**
 * Buffers all input, sorts it stably by the sort keys in {@link #finish()}, and emits it in batches
 * of at most the task's batch size. Strings order by unsigned UTF-8 bytes, doubles with NaN largest
 * and -0.0 equal to 0.0.
 */
public final class SortOperator implements Operator {
    private final SortKey[] keys;
    private final TaskContext context;
    private final OperatorMetrics metrics = new OperatorMetrics();
    private final OutputEmitter output;
    private final MemoryReservation memory;
    private List<Batch> buffered = new ArrayList<>();

    public SortOperator(List<SortKey> keys, TaskContext context, Operator next) {
        this.keys = keys.toArray(SortKey[]::new);
        this.context = context;
        this.output = new OutputEmitter(next, metrics);
        this.memory = new MemoryReservation(context.memory(), metrics);
    }

    @Override
    public void push(Batch batch) {
        long start = System.nanoTime();
        context.checkCancelled();
        metrics.rowsIn += batch.rowCount();
        if (batch.rowCount() > 0) {
            memory.grow(batch.sizeInBytes());
            buffered.add(batch);
        }
        metrics.nanos += System.nanoTime() - start;
    }

    @Override
    public void finish() {
        long start = System.nanoTime();
        if (!buffered.isEmpty()) {
            Batch first = buffered.get(0);
            List<io.minispark.types.DataType> types = new ArrayList<>();
            for (int c = 0; c < first.columnCount(); c++) {
                types.add(first.column(c).type());
            }
            // The concatenated copy and the row index exist next to the buffered batches for a moment.
            memory.grow(memory.reservedBytes() + 8L * metrics.rowsIn);
            Batch rows = Batches.concat(buffered, types);
            buffered = null;
            Vector[] keyVectors = new Vector[keys.length];
            for (int k = 0; k < keys.length; k++) {
                keyVectors[k] = keys[k].expression().evaluate(rows);
            }
            int[] order = new int[rows.rowCount()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            new RowOrdering(keyVectors, keys).sort(order);
            int batchSize = context.batchSize();
            for (int from = 0; from < order.length; from += batchSize) {
                int count = Math.min(batchSize, order.length - from);
                int[] positions = java.util.Arrays.copyOfRange(order, from, from + count);
                output.emit(rows.gather(positions, count));
            }
        }
        memory.releaseAll();
        output.finish();
        metrics.nanos += System.nanoTime() - start;
    }

    @Override
    public void close() {
        memory.releaseAll();
        buffered = null;
        output.close();
    }

    public OperatorMetrics metrics() {
        return metrics;
    }
}
