package io.minispark.scheduler;

import io.minispark.codegen.CodegenMode;
import io.minispark.codegen.StageCompilation;
import io.minispark.physical.Stage;
import java.util.ArrayList;
import java.util.List;

/** The reference engine: one job at a time, in order, on the calling thread, as worker 0. */
public final class SequentialEngine implements ExecutionEngine {
    private final CodegenMode codegen;

    /** The interpreted reference engine. */
    public SequentialEngine() {
        this(CodegenMode.AUTO);
    }

    /** The sequential engine; it compiles stages only when code generation is explicitly ON. */
    public SequentialEngine(CodegenMode codegen) {
        this.codegen = codegen;
    }

    @Override
    public CodegenMode codegen() {
        return codegen;
    }

    @Override
    public String name() {
        return "sequential";
    }

    @Override
    public int parallelism() {
        return 1;
    }

    @Override
    public List<JobResult> run(Stage stage, List<Job> jobs, QueryContext query, StageCompilation compilation) {
        List<JobResult> results = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            query.taskContext(0).checkCancelled();
            results.add(JobExecution.run(stage, job, query, 0, compilation));
        }
        return results;
    }
}
