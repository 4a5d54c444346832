package io.minispark.scheduler;

import io.minispark.exec.pipeline.JobOutput;
import io.minispark.exec.pipeline.StageRunner;
import io.minispark.physical.Stage;

/** Runs one job on the current thread, as worker {@code workerId}, timing it. */
final class JobExecution {
    private JobExecution() {
    }

    static JobResult run(Stage stage, Job job, QueryContext query, int workerId) {
        long start = System.nanoTime();
        JobOutput output = StageRunner.run(stage, job.index(), job.inputs(), query.taskContext(workerId));
        JobResult result = new JobResult(job, workerId, start, System.nanoTime(), output);
        query.jobListener().jobFinished(result);
        return result;
    }
}
