package io.minispark.optimizer;

import io.minispark.logical.LogicalPlan;

/** One optimizer rewrite. Returns the same instance when it does not apply, so the optimizer can tell. */
public interface Rule {
    LogicalPlan apply(LogicalPlan plan);

    default String name() {
        return getClass().getSimpleName();
    }
}
