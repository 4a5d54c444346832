package io.minispark.optimizer;

import io.minispark.logical.And;
import io.minispark.logical.Filter;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Plans;

/** Two filters in a row become one filter on the AND of their conditions. */
final class MergeFilters implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        return Plans.transformUp(plan, node -> node instanceof Filter outer && outer.child() instanceof Filter inner
                ? new Filter(inner.child(), new And(inner.condition(), outer.condition()))
                : node);
    }
}
