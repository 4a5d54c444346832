package io.minispark.physical;

/** Which half of a two-phase aggregation a node computes. */
public enum AggregateMode {
    /** Before the shuffle: per-job partial states, to make shuffle files small. */
    PARTIAL,
    /** After the shuffle: merges the partial states of each group into final values. */
    FINAL,
    /** Both at once, on rows already partitioned by the keys (used for DISTINCT aggregates). */
    COMPLETE
}
