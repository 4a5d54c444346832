package io.minispark.exec.operator;

import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.vector.Batch;

/**
 * The single way an operator hands batches to its downstream operator. It counts output rows and
 * batches, and subtracts the time spent downstream from the operator's own time, so that an
 * operator's {@code nanos} measure only its own work even though the pipeline is push-based.
 */
final class OutputEmitter {
    private final Operator next;
    private final OperatorMetrics metrics;

    OutputEmitter(Operator next, OperatorMetrics metrics) {
        this.next = next;
        this.metrics = metrics;
    }

    /** Pushes a non-empty batch downstream; empty batches are dropped. */
    void emit(Batch batch) {
        if (batch.rowCount() == 0) {
            return;
        }
        metrics.rowsOut += batch.rowCount();
        metrics.batchesOut++;
        long start = System.nanoTime();
        next.push(batch);
        metrics.nanos -= System.nanoTime() - start;
    }

    /** Pushes a batch of any size downstream in slices of at most {@code batchSize} rows. */
    void emitInSlices(Batch batch, int batchSize) {
        int rows = batch.rowCount();
        if (rows <= batchSize) {
            emit(batch);
            return;
        }
        for (int from = 0; from < rows; from += batchSize) {
            emit(batch.slice(from, Math.min(rows, from + batchSize)));
        }
    }

    /** Finishes the downstream operator. */
    void finish() {
        long start = System.nanoTime();
        next.finish();
        metrics.nanos -= System.nanoTime() - start;
    }

    void close() {
        next.close();
    }
}
