package io.minispark.scheduler;

import io.minispark.exec.pipeline.JobOutput;
import java.io.Serializable;

/** A finished job: which worker ran it, when (nanoseconds on the driver's clock) and what it wrote. */
public record JobResult(Job job, int workerId, long startNanos, long endNanos, JobOutput output) implements Serializable {
    public long durationNanos() {
        return endNanos - startNanos;
    }
}
