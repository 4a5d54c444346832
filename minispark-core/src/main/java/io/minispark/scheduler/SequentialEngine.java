package io.minispark.scheduler;

import io.minispark.physical.Stage;
import java.util.ArrayList;
import java.util.List;

/** The reference engine: one job at a time, in order, on the calling thread, as worker 0. */
public final class SequentialEngine implements ExecutionEngine {
    @Override
    public String name() {
        return "sequential";
    }

    @Override
    public int parallelism() {
        return 1;
    }

    @Override
    public List<JobResult> run(Stage stage, List<Job> jobs, QueryContext query) {
        List<JobResult> results = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            query.taskContext(0).checkCancelled();
            results.add(JobExecution.run(stage, job, query, 0));
        }
        return results;
    }
}
