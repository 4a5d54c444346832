package io.minispark.optimizer;

import io.minispark.logical.Attribute;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.Join;
import io.minispark.logical.JoinType;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.stats.CardinalityEstimator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the order of a region of inner joins from table statistics rather than from the order the
 * query lists its tables. Greedy: start from the connected pair with the smallest estimated result,
 * then keep adding the connected input that keeps the intermediate result smallest; an input with no
 * join condition to the rest comes last (a cross join). Outer joins bound the regions; their inputs
 * are reordered on their own. A Project restores the original column order.
 */
final class ReorderJoins implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        LogicalPlan result = reorder(plan, new CardinalityEstimator());
        return result.equals(plan) ? plan : result;
    }

    private LogicalPlan reorder(LogicalPlan plan, CardinalityEstimator estimator) {
        if (plan instanceof Join join && isInner(join)) {
            List<LogicalPlan> inputs = new ArrayList<>();
            List<Expression> conditions = new ArrayList<>();
            flatten(join, inputs, conditions);
            if (inputs.size() > 2) {
                List<LogicalPlan> reordered = inputs.stream().map(i -> reorder(i, estimator)).toList();
                return greedy(reordered, conditions, join.output(), estimator);
            }
        }
        List<LogicalPlan> children = plan.children();
        if (children.isEmpty()) {
            return plan;
        }
        List<LogicalPlan> newChildren = children.stream().map(c -> reorder(c, estimator)).toList();
        return newChildren.equals(children) ? plan : plan.withChildren(newChildren);
    }

    private static boolean isInner(Join join) {
        return join.joinType() == JoinType.INNER || join.joinType() == JoinType.CROSS;
    }

    private static void flatten(LogicalPlan plan, List<LogicalPlan> inputs, List<Expression> conditions) {
        if (plan instanceof Join join && isInner(join)) {
            flatten(join.left(), inputs, conditions);
            flatten(join.right(), inputs, conditions);
            if (join.condition() != null) {
                conditions.addAll(Expressions.splitConjuncts(join.condition()));
            }
        } else {
            inputs.add(plan);
        }
    }

    private static LogicalPlan greedy(List<LogicalPlan> inputs, List<Expression> conditions, List<Attribute> output,
                                      CardinalityEstimator estimator) {
        List<LogicalPlan> remaining = new ArrayList<>(inputs);
        List<Expression> unused = new ArrayList<>(conditions);
        LogicalPlan current = null;
        double best = Double.MAX_VALUE;
        // The starting pair: the connected pair with the smallest estimated result.
        int[] start = null;
        for (int i = 0; i < remaining.size(); i++) {
            for (int k = 0; k < remaining.size(); k++) {
                if (i == k) {
                    continue;
                }
                List<Expression> on = applicable(unused, remaining.get(i), remaining.get(k));
                if (on.isEmpty()) {
                    continue;
                }
                LogicalPlan candidate = join(remaining.get(i), remaining.get(k), on);
                double rows = estimator.rows(candidate);
                if (rows < best) {
                    best = rows;
                    current = candidate;
                    start = new int[] {i, k};
                }
            }
        }
        if (current == null) {
            return rebuildInOrder(inputs, conditions, output);
        }
        unused.removeAll(((Join) current).condition() == null ? List.of() : Expressions.splitConjuncts(((Join) current).condition()));
        LogicalPlan first = remaining.get(start[0]);
        LogicalPlan second = remaining.get(start[1]);
        remaining.remove(first);
        remaining.remove(second);
        while (!remaining.isEmpty()) {
            LogicalPlan next = null;
            LogicalPlan nextJoin = null;
            double nextRows = Double.MAX_VALUE;
            for (LogicalPlan candidate : remaining) {
                List<Expression> on = applicable(unused, current, candidate);
                if (on.isEmpty()) {
                    continue;
                }
                LogicalPlan joined = join(current, candidate, on);
                double rows = estimator.rows(joined);
                if (rows < nextRows) {
                    nextRows = rows;
                    next = candidate;
                    nextJoin = joined;
                }
            }
            if (next == null) {
                // Nothing connects: cross join the smallest remaining input.
                next = remaining.stream().min((a, b) -> Double.compare(estimator.rows(a), estimator.rows(b))).orElseThrow();
                nextJoin = new Join(current, next, JoinType.CROSS, null);
            } else {
                unused.removeAll(Expressions.splitConjuncts(((Join) nextJoin).condition()));
            }
            remaining.remove(next);
            current = nextJoin;
        }
        if (!unused.isEmpty()) {
            current = new Filter(current, Expressions.conjunction(unused));
        }
        return restoreOrder(current, output);
    }

    /** Conditions not yet used that refer to both sides and nothing else. */
    private static List<Expression> applicable(List<Expression> unused, LogicalPlan left, LogicalPlan right) {
        Set<Long> leftIds = Expressions.ids(left.output());
        Set<Long> rightIds = Expressions.ids(right.output());
        Set<Long> both = new HashSet<>(leftIds);
        both.addAll(rightIds);
        List<Expression> out = new ArrayList<>();
        for (Expression c : unused) {
            Set<Long> refs = Expressions.references(c);
            boolean touchesLeft = refs.stream().anyMatch(leftIds::contains);
            boolean touchesRight = refs.stream().anyMatch(rightIds::contains);
            if (touchesLeft && touchesRight && both.containsAll(refs)) {
                out.add(c);
            }
        }
        return out;
    }

    private static Join join(LogicalPlan left, LogicalPlan right, List<Expression> on) {
        return new Join(left, right, JoinType.INNER, Expressions.conjunction(on));
    }

    private static LogicalPlan rebuildInOrder(List<LogicalPlan> inputs, List<Expression> conditions, List<Attribute> output) {
        LogicalPlan current = inputs.get(0);
        for (int i = 1; i < inputs.size(); i++) {
            current = new Join(current, inputs.get(i), JoinType.CROSS, null);
        }
        if (!conditions.isEmpty()) {
            current = new Filter(current, Expressions.conjunction(conditions));
        }
        return restoreOrder(current, output);
    }

    private static LogicalPlan restoreOrder(LogicalPlan plan, List<Attribute> output) {
        List<Long> have = plan.output().stream().map(Attribute::id).toList();
        List<Long> want = output.stream().map(Attribute::id).toList();
        if (have.equals(want)) {
            return plan;
        }
        return new Project(plan, output.stream().map(NamedExpression::of).toList());
    }
}
