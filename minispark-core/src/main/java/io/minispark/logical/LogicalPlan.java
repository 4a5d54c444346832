package io.minispark.logical;

import java.io.Serializable;
import java.util.List;

/**
 * A node of the logical plan: what to compute, not how. Every kind is listed here so a switch over
 * plans without a default is checked by the compiler.
 */
public sealed interface LogicalPlan extends Serializable
        permits Scan, Filter, Project, Join, Aggregate, Sort, Limit, SubqueryAlias, Union {

    /** The columns this node produces, in order. */
    List<Attribute> output();

    List<LogicalPlan> children();

    LogicalPlan withChildren(List<LogicalPlan> children);

    /** One line describing this node alone, as EXPLAIN prints it. */
    String describe();
}
