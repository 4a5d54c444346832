package io.minispark.exec;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a running job may use: the batch size, its memory budget, its worker's own folder for output
 * files, and the query's cancellation flag (checked between batches).
 */
public record TaskContext(int batchSize, MemoryBudget memory, Path workerDir, AtomicBoolean cancelled) {
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
