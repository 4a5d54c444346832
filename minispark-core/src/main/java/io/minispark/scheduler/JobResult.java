package io.minispark.scheduler;

import io.minispark.exec.pipeline.JobOutput;
import java.io.Serializable;

/**
 * A finished job: which worker ran it, when (nanoseconds on the driver's clock), what it wrote, and how
 * its stage ran (compiled or interpreted, with compile time; null when code generation was off).
 */
public record JobResult(Job job, int workerId, long startNanos, long endNanos, JobOutput output,
                        io.minispark.codegen.StageCompilation compilation) implements Serializable {
    /** A job run by interpreted operators. */
    public JobResult(Job job, int workerId, long startNanos, long endNanos, JobOutput output) {
        this(job, workerId, startNanos, endNanos, output, null);
    }

    /** Whether the job ran the stage's compiled class. */
    public boolean compiled() {
        return compilation != null && compilation.compiled();
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }
}
