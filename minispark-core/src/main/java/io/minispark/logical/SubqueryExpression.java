package io.minispark.logical;

/**
 * A subquery used as a value or condition, as bound by the analyzer. It lives only until the
 * analyzer's {@code SubqueryDecorrelator} turns the node holding it into joins, so optimizer rules
 * and the engine never see one. Its plan may refer to columns of the enclosing query (correlation).
 */
public sealed interface SubqueryExpression extends Expression permits ScalarSubquery, ExistsSubquery, InSubquery {
    /** The subquery's plan; not a child expression, so expression rewrites leave it alone. */
    LogicalPlan plan();
}
