package io.minispark.optimizer;

import io.minispark.logical.Filter;
import io.minispark.logical.Literal;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Plans;

/** Drops filters whose condition is the constant TRUE. */
final class RemoveTrivialFilters implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        return Plans.transformUp(plan, node ->
                node instanceof Filter f && f.condition() instanceof Literal l && Boolean.TRUE.equals(l.value()) ? f.child() : node);
    }
}
