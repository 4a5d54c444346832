package io.minispark.scheduler;

import io.minispark.codegen.CompiledStageRunner;
import io.minispark.codegen.StageCompilation;
import io.minispark.exec.pipeline.JobOutput;
import io.minispark.exec.pipeline.StageRunner;
import io.minispark.physical.Stage;

/** Runs one job on the current thread, as worker {@code workerId}, timing it. */
final class JobExecution {
    private JobExecution() {
    }

    static JobResult run(Stage stage, Job job, QueryContext query, int workerId) {
        return run(stage, job, query, workerId, null);
    }

    /** Runs the job with the stage's generated class when it has one, else with interpreted operators. */
    static JobResult run(Stage stage, Job job, QueryContext query, int workerId, StageCompilation compilation) {
        long start = System.nanoTime();
        JobOutput output = compilation != null && compilation.compiled()
                ? CompiledStageRunner.run(stage, compilation, job.index(), job.inputs(), query.taskContext(workerId))
                : StageRunner.run(stage, job.index(), job.inputs(), query.taskContext(workerId));
        JobResult result = new JobResult(job, workerId, start, System.nanoTime(), output, compilation);
        query.jobListener().jobFinished(result);
        return result;
    }
}
