package io.minispark.scheduler;

import io.minispark.codegen.StageCompilation;
import io.minispark.physical.Stage;
import java.util.List;

/**
 * Runs the jobs of one stage and returns their results in job order. The driver calls it once per
 * stage; a stage's jobs are independent of each other, so an engine may run them in any order or
 * all at once.
 */
public interface ExecutionEngine extends AutoCloseable {
    String name();

    /** How many jobs may run at the same time. */
    int parallelism();

    /**
     * Runs the jobs of a stage.
     *
     * @param compilation how the driver prepared the stage (its generated class, or why it runs
     *     interpreted), or null when this engine does not compile stages
     */
    List<JobResult> run(Stage stage, List<Job> jobs, QueryContext query, StageCompilation compilation);

    /** Whether this engine runs stages compiled (AUTO: the thread engine does, the sequential one not). */
    default io.minispark.codegen.CodegenMode codegen() {
        return io.minispark.codegen.CodegenMode.OFF;
    }

    /** Whether this engine's stages run as generated classes when they can. */
    default boolean compilesStages() {
        return codegen().enabledOn(name());
    }

    @Override
    default void close() {
    }
}
