package io.minispark.analysis;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Aggregate;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.logical.Sort;
import io.minispark.logical.SortOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ORDER BY keys that reach beneath the select list: columns the projection dropped, and grouping
 * expressions or aggregates an aggregation did not select. Sorting beneath the projection gives the
 * same rows in the same order, because a projection maps rows one to one.
 */
final class SortKeys {
    private SortKeys() {
    }

    static UnresolvedExpression expression(UnresolvedExpression key) {
        return key instanceof UnresolvedExpression.SortKey s ? s.child() : key;
    }

    static SortOrder order(UnresolvedExpression key, Expression bound) {
        return key instanceof UnresolvedExpression.SortKey s
                ? new SortOrder(bound, s.ascending(), s.nullsFirst()) : SortOrder.of(bound, true);
    }

    /** The sorted plan with the sort beneath {@code child}'s projection, or null when there is none to go beneath. */
    static LogicalPlan sortBeneathProjection(LogicalPlan child, List<UnresolvedExpression> keys) {
        Project project = switch (child) {
            case Project p -> p;
            // An aggregation that selects exactly its own output has no Project on top.
            case Aggregate a -> new Project(a, a.output().stream().map(NamedExpression::of).toList());
            case Filter f when f.child() instanceof Aggregate -> new Project(f, f.output().stream().map(NamedExpression::of).toList());
            default -> null;
        };
        if (project == null) {
            return null;
        }
        Map<Long, Expression> byOutput = new HashMap<>();
        for (NamedExpression p : project.projections()) {
            byOutput.put(p.output().id(), p.expression());
        }
        Binder outputBinder = Binder.withoutAggregates(project.output(), "ORDER BY");
        LogicalPlan inner = project.child();
        Aggregate aggregate = aggregateBeneath(inner);
        List<SortOrder> orders = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        List<UnresolvedExpression> pendingKeys = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            UnresolvedExpression key = keys.get(i);
            try {
                Expression overOutput = Analyzer.bindOrdinalOr(project, expression(key), outputBinder);
                // Rewrite references to the select list into the expressions they stand for.
                Expression overInput = Expressions.transformUp(overOutput, e ->
                        e instanceof ColumnRef ref && byOutput.containsKey(ref.attribute().id())
                                ? byOutput.get(ref.attribute().id()) : e);
                orders.add(order(key, overInput));
            } catch (MinisparkException e) {
                if (e.code() != ErrorCode.COLUMN_NOT_FOUND && e.code() != ErrorCode.AGGREGATE_IN_WHERE) {
                    throw e;
                }
                orders.add(null);
                pending.add(i);
                pendingKeys.add(expression(key));
            }
        }
        List<Expression> bound;
        if (aggregate != null) {
            AggregateRewriter.Extended extended = AggregateRewriter.addSortKeys(aggregate, pendingKeys);
            inner = inner == aggregate ? extended.aggregate()
                    : new Filter(extended.aggregate(), ((Filter) inner).condition());
            bound = extended.keys();
        } else {
            Binder inputBinder = Binder.withoutAggregates(inner.output(), "ORDER BY");
            bound = pendingKeys.stream().map(inputBinder::bind).toList();
        }
        for (int j = 0; j < pending.size(); j++) {
            orders.set(pending.get(j), order(keys.get(pending.get(j)), bound.get(j)));
        }
        return new Project(new Sort(inner, orders), project.projections());
    }

    private static Aggregate aggregateBeneath(LogicalPlan plan) {
        return switch (plan) {
            case Aggregate a -> a;
            case Filter f when f.child() instanceof Aggregate a -> a;
            default -> null;
        };
    }
}
