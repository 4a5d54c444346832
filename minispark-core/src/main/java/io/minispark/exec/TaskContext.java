package io.minispark.exec;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.exchange.ExchangeBuffers;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a running job may use: the batch size, its memory budget, its worker's own folder for output
 * files, the query's cancellation flag (checked between batches), the structures the query's jobs
 * share (broadcast hash tables), and the query's exchange buffers, where jobs of an in-process engine
 * keep their output instead of writing files (null: every output goes to a file).
 */
public record TaskContext(int batchSize, MemoryBudget memory, Path workerDir, AtomicBoolean cancelled, SharedBuilds shared,
                          ExchangeBuffers exchange) {
    /** A context whose jobs share nothing and write their output to files. */
    public TaskContext(int batchSize, MemoryBudget memory, Path workerDir, AtomicBoolean cancelled) {
        this(batchSize, memory, workerDir, cancelled, new SharedBuilds(), null);
    }

    public void checkCancelled() {
        if (cancelled.get()) {
            throw new MinisparkException(ErrorCode.CANCELLED, "query cancelled");
        }
    }

    /** A context for tests and single operators: given batch size, no memory limit, no folder. */
    public static TaskContext forTesting(int batchSize) {
        return new TaskContext(batchSize, MemoryBudget.unlimited(), null, new AtomicBoolean());
    }
}
