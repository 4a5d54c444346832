package io.minispark.codegen;

/**
 * The base class of every generated stage class: one instance runs one job. The generated
 * {@link #execute()} holds the fused pipeline; {@link #runtime} gives it its inputs and its writer.
 */
public abstract class GeneratedStage {
    protected StageRuntime runtime;
    /**
     * Rows each plan node of the stage produced, by the node's pre-order number (root first) — the
     * numbering the interpreted pipeline reports per-operator figures by. Incremented by generated code.
     */
    protected long[] rowsOut;

    /** Runs the job to the end: reads every input, writes every output row, finishes the writer. */
    public final void run(StageRuntime runtime) {
        this.runtime = runtime;
        execute();
        runtime.finish();
    }

    /** Rows per plan node (pre-order), once {@link #run} has returned. */
    public final long[] rowsOut() {
        return rowsOut;
    }

    protected abstract void execute();
}
