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

    /** How the stage ran when code generation was on (compiled, compile time, or why interpreted); else null. */
    public io.minispark.codegen.StageCompilation compilation() {
        return jobs.isEmpty() ? null : jobs.get(0).compilation();
    }

    public long rowsRead() {
        return jobs.stream().mapToLong(j -> j.output().rowsRead()).sum();
    }
}
