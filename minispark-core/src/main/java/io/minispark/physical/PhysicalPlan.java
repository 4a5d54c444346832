package io.minispark.physical;

import io.minispark.logical.Attribute;
import java.io.Serializable;
import java.util.List;

/**
 * A node of the physical plan: how to compute, with the partitioning made explicit by exchanges.
 * After stage splitting, exchanges are replaced by reads of the upstream stage's files.
 */
public sealed interface PhysicalPlan extends Serializable
        permits ScanExec, FilterExec, ProjectExec, HashAggregateExec, HashJoinExec, NestedLoopJoinExec, SortExec,
                LimitExec, ExchangeExec, ShuffleReadExec, BroadcastReadExec, UnionExec {

    List<Attribute> output();

    List<PhysicalPlan> children();

    PhysicalPlan withChildren(List<PhysicalPlan> children);

    /** One line describing this node alone, as EXPLAIN prints it. */
    String describe();
}
