package io.minispark.analysis;

import io.minispark.logical.LogicalPlan;
import java.util.List;

/**
 * Builds a subquery's resolved plan once the scopes around it are known, so that names the subquery
 * cannot resolve itself may refer to the enclosing queries' columns (a correlated subquery).
 */
@FunctionalInterface
public interface SubqueryPlanner {
    /** @param outer the enclosing queries' scopes, nearest first */
    LogicalPlan plan(List<Scope> outer);
}
