package io.minispark.scheduler;

import io.minispark.physical.Stage;
import java.util.List;

/** A stage as it ran: its jobs' results, and when it started and ended on the driver's clock. */
public record StageRun(Stage stage, List<JobResult> jobs, long startNanos, long endNanos) {
    public StageRun {
        jobs = List.copyOf(jobs);
    }

    public long rowsWritten() {
        return jobs.stream().mapToLong(j -> j.output().rowsWritten()).sum();
    }

    public long rowsRead() {
        return jobs.stream().mapToLong(j -> j.output().rowsRead()).sum();
    }
}
