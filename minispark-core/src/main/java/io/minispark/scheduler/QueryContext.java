package io.minispark.scheduler;

import io.minispark.exec.MemoryBudget;
import io.minispark.exec.TaskContext;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What all jobs of one query share: its temporary folder (one sub-folder per worker), the batch size,
 * the memory budget and the cancellation flag.
 */
public record QueryContext(Path queryDir, int batchSize, MemoryBudget memory, AtomicBoolean cancelled) {
    /** The context one job runs with on the given worker; each worker writes into its own folder. */
    public TaskContext taskContext(int workerId) {
        return new TaskContext(batchSize, memory, queryDir.resolve("worker-" + workerId), cancelled);
    }
}
