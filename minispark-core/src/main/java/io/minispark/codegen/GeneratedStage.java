package io.minispark.codegen;

/**
 * The base class of every generated stage class: one instance runs one job. The generated
 * {@link #execute()} holds the fused pipeline; {@link #runtime} gives it its inputs and its writer.
 */
public abstract class GeneratedStage {
    protected StageRuntime runtime;

    /** Runs the job to the end: reads every input, writes every output row, finishes the writer. */
    public final void run(StageRuntime runtime) {
        this.runtime = runtime;
        execute();
        runtime.finish();
    }

    protected abstract void execute();
}
