package io.minispark.scheduler;

import io.minispark.exchange.ExchangeBuffers;
import io.minispark.exec.MemoryBudget;
import io.minispark.exec.SharedBuilds;
import io.minispark.exec.TaskContext;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What all jobs of one query share: its temporary folder (one sub-folder per worker, created when a job
 * first writes a file), the batch size, the memory budget, the cancellation flag, who is told when a job
 * finishes (progress, tracing), the broadcast structures its jobs share, and its exchange buffers (null
 * when every stage output goes to files).
 */
public record QueryContext(Path queryDir, int batchSize, MemoryBudget memory, AtomicBoolean cancelled,
                           JobListener jobListener, SharedBuilds shared, ExchangeBuffers exchange) {
    /** A context whose stage outputs all go to files. */
    public QueryContext(Path queryDir, int batchSize, MemoryBudget memory, AtomicBoolean cancelled, JobListener jobListener) {
        this(queryDir, batchSize, memory, cancelled, jobListener, new SharedBuilds(), null);
    }

    /** A context whose finished jobs nobody is told about, writing files. */
    public QueryContext(Path queryDir, int batchSize, MemoryBudget memory, AtomicBoolean cancelled) {
        this(queryDir, batchSize, memory, cancelled, JobListener.NONE);
    }

    /** The context one job runs with on the given worker; each worker writes its files into its own folder. */
    public TaskContext taskContext(int workerId) {
        return new TaskContext(batchSize, memory, queryDir.resolve("worker-" + workerId), cancelled, shared, exchange);
    }
}
