package io.minispark.scheduler;

/**
 * Told about every finished job, on the thread that ran it (so it must be thread-safe): progress
 * displays count jobs with it, and tracing records each job as a span on its worker's track.
 */
@FunctionalInterface
public interface JobListener {
    JobListener NONE = result -> {
    };

    void jobFinished(JobResult result);
}
