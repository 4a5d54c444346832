package io.minispark.physical;

import io.minispark.logical.Aggregate;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.Attribute;
import io.minispark.logical.Comparison;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.Join;
import io.minispark.logical.JoinType;
import io.minispark.logical.Limit;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import io.minispark.logical.Sort;
import io.minispark.logical.SubqueryAlias;
import io.minispark.logical.Union;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chooses how to compute an optimized logical plan: hash or broadcast joins, two-phase aggregation,
 * and the exchanges (shuffle barriers) between them. The result still has {@link ExchangeExec}
 * nodes; {@link StageSplitter} cuts the plan into stages at them.
 */
public final class PhysicalPlanner {
    private final PlannerSettings settings;

    public PhysicalPlanner(PlannerSettings settings) {
        this.settings = settings;
    }

    public PhysicalPlan plan(LogicalPlan plan) {
        return switch (plan) {
            case Scan s -> new ScanExec(s.table(), s.columns(), s.output(), s.blockFilters());
            case Filter f -> new FilterExec(plan(f.child()), f.condition());
            case Project p -> new ProjectExec(plan(p.child()), p.projections());
            case Aggregate a -> planAggregate(a);
            case Join j -> planJoin(j);
            case Sort s -> new SortExec(new ExchangeExec(plan(s.child()), new Partitioning.Single()), s.orders());
            case Limit l -> planLimit(l);
            case SubqueryAlias a -> plan(a.child());
            case Union u -> planUnion(u);
        };
    }

    /**
     * Every input is shuffled into the same number of partitions (hashed on all its columns, which
     * spreads rows evenly), so the union's stage runs one job per partition reading all inputs.
     */
    private PhysicalPlan planUnion(Union u) {
        List<PhysicalPlan> inputs = new ArrayList<>();
        for (LogicalPlan input : u.inputs()) {
            List<Expression> columns = input.output().stream().map(a -> (Expression) new io.minispark.logical.ColumnRef(a)).toList();
            inputs.add(new ExchangeExec(plan(input), new Partitioning.Hash(columns, settings.shufflePartitions())));
        }
        return new UnionExec(inputs, u.output());
    }

    private PhysicalPlan planAggregate(Aggregate a) {
        PhysicalPlan child = plan(a.child());
        List<Expression> keys = a.groupings().stream().map(NamedExpression::expression).toList();
        boolean distinct = a.aggregates().stream().anyMatch(n -> ((AggregateCall) n.expression()).distinct());
        if (distinct) {
            // Distinct values cannot be merged from partial states cheaply: shuffle raw rows by the keys instead.
            return new HashAggregateExec(new ExchangeExec(child, partitionBy(keys)), a.groupings(), a.aggregates(),
                    AggregateMode.COMPLETE, a.output());
        }
        List<Attribute> partialOutput = new ArrayList<>();
        a.groupings().forEach(g -> partialOutput.add(g.output()));
        partialOutput.addAll(AggregateStateLayout.stateAttributes(a.aggregates()));
        HashAggregateExec partial = new HashAggregateExec(child, a.groupings(), a.aggregates(), AggregateMode.PARTIAL, partialOutput);
        List<Expression> partialKeys = a.groupings().stream().map(g -> (Expression) new io.minispark.logical.ColumnRef(g.output())).toList();
        return new HashAggregateExec(new ExchangeExec(partial, partitionBy(partialKeys)), a.groupings(), a.aggregates(),
                AggregateMode.FINAL, a.output());
    }

    private Partitioning partitionBy(List<Expression> keys) {
        return keys.isEmpty() ? new Partitioning.Single() : new Partitioning.Hash(keys, settings.shufflePartitions());
    }

    private PhysicalPlan planLimit(Limit l) {
        PhysicalPlan child = plan(l.child());
        if (child instanceof SortExec) {
            return new LimitExec(child, l.limit(), l.offset());
        }
        // Each job keeps at most limit+offset rows before everything meets in one partition.
        PhysicalPlan local = l.limit() < 0 ? child : new LimitExec(child, l.limit() + l.offset(), 0);
        return new LimitExec(new ExchangeExec(local, new Partitioning.Single()), l.limit(), l.offset());
    }

    private PhysicalPlan planJoin(Join j) {
        PhysicalPlan left = plan(j.left());
        PhysicalPlan right = plan(j.right());
        Set<Long> leftIds = Expressions.ids(j.left().output());
        Set<Long> rightIds = Expressions.ids(j.right().output());
        List<Expression> leftKeys = new ArrayList<>();
        List<Expression> rightKeys = new ArrayList<>();
        List<Expression> residual = new ArrayList<>();
        if (j.condition() != null) {
            for (Expression c : Expressions.splitConjuncts(j.condition())) {
                if (c instanceof Comparison eq && eq.op() == Comparison.Op.EQ) {
                    Set<Long> l = Expressions.references(eq.left());
                    Set<Long> r = Expressions.references(eq.right());
                    if (!l.isEmpty() && !r.isEmpty() && leftIds.containsAll(l) && rightIds.containsAll(r)) {
                        leftKeys.add(eq.left());
                        rightKeys.add(eq.right());
                        continue;
                    }
                    if (!l.isEmpty() && !r.isEmpty() && rightIds.containsAll(l) && leftIds.containsAll(r)) {
                        leftKeys.add(eq.right());
                        rightKeys.add(eq.left());
                        continue;
                    }
                }
                residual.add(c);
            }
        }
        Expression rest = Expressions.conjunction(residual);
        long leftSize = SizeEstimator.estimate(j.left());
        long rightSize = SizeEstimator.estimate(j.right());
        BuildSide broadcastSide = broadcastSide(j.joinType(), leftSize, rightSize);
        if (leftKeys.isEmpty()) {
            return planNestedLoop(j, left, right, broadcastSide, leftSize <= rightSize ? BuildSide.LEFT : BuildSide.RIGHT);
        }
        if (broadcastSide != null) {
            PhysicalPlan newLeft = broadcastSide == BuildSide.LEFT ? new ExchangeExec(left, new Partitioning.Broadcast()) : left;
            PhysicalPlan newRight = broadcastSide == BuildSide.RIGHT ? new ExchangeExec(right, new Partitioning.Broadcast()) : right;
            return new HashJoinExec(newLeft, newRight, j.joinType(), leftKeys, rightKeys, rest, broadcastSide, true, j.output());
        }
        // Shuffle both sides by the keys; build the hash table on the left, as the seed does, unless
        // the right is clearly smaller.
        BuildSide build = rightSize * 2 < leftSize ? BuildSide.RIGHT : BuildSide.LEFT;
        return new HashJoinExec(
                new ExchangeExec(left, new Partitioning.Hash(leftKeys, settings.shufflePartitions())),
                new ExchangeExec(right, new Partitioning.Hash(rightKeys, settings.shufflePartitions())),
                j.joinType(), leftKeys, rightKeys, rest, build, false, j.output());
    }

    /**
     * The side to broadcast, or null. A side whose unmatched rows must be kept cannot be broadcast, nor
     * the left of a semi or anti join: each job would decide a left row on part of the right side only.
     */
    private BuildSide broadcastSide(JoinType type, long leftSize, long rightSize) {
        if (!settings.broadcastJoins()) {
            return null;
        }
        boolean leftOk = !type.preservesLeft() && type.outputsRight() && leftSize <= settings.broadcastThresholdBytes();
        boolean rightOk = !type.preservesRight() && rightSize <= settings.broadcastThresholdBytes();
        if (leftOk && rightOk) {
            return leftSize <= rightSize ? BuildSide.LEFT : BuildSide.RIGHT;
        }
        return leftOk ? BuildSide.LEFT : rightOk ? BuildSide.RIGHT : null;
    }

    private PhysicalPlan planNestedLoop(Join j, PhysicalPlan left, PhysicalPlan right, BuildSide broadcastSide, BuildSide smaller) {
        if (broadcastSide != null) {
            PhysicalPlan newLeft = broadcastSide == BuildSide.LEFT ? new ExchangeExec(left, new Partitioning.Broadcast()) : left;
            PhysicalPlan newRight = broadcastSide == BuildSide.RIGHT ? new ExchangeExec(right, new Partitioning.Broadcast()) : right;
            return new NestedLoopJoinExec(newLeft, newRight, j.joinType(), j.condition(), broadcastSide, j.output());
        }
        // Without a broadcast, both sides meet in one partition so unmatched rows are seen exactly once.
        return new NestedLoopJoinExec(new ExchangeExec(left, new Partitioning.Single()),
                new ExchangeExec(right, new Partitioning.Single()), j.joinType(), j.condition(), smaller, j.output());
    }
}
