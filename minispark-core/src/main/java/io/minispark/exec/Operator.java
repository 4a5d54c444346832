package io.minispark.exec;

import io.minispark.vector.Batch;

/**
 * A push-based step of a stage's pipeline: a consumer or the writer at its end. A producer pushes
 * batches in, then calls {@link #finish()} once; each operator pushes its own output to the next one
 * and finishes it in turn. Blocking operators (aggregation, sort) emit only in {@code finish}.
 */
public interface Operator {
    void push(Batch batch);

    /** End of input. Emit what is buffered, then finish downstream. */
    void finish();

    /** Releases resources; called once, also after a failure. Default: nothing to release. */
    default void close() {
    }

    /** This operator's counters, or null when it keeps none (EXPLAIN ANALYZE and metrics read them). */
    default OperatorMetrics metrics() {
        return null;
    }
}
