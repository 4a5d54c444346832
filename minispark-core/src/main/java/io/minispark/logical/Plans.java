package io.minispark.logical;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Tree utilities over logical plans. */
public final class Plans {
    private Plans() {
    }

    /** Rewrites bottom-up: children first, then {@code rule} on the rebuilt node. */
    public static LogicalPlan transformUp(LogicalPlan plan, Function<LogicalPlan, LogicalPlan> rule) {
        List<LogicalPlan> children = plan.children();
        LogicalPlan rebuilt = plan;
        if (!children.isEmpty()) {
            List<LogicalPlan> newChildren = new ArrayList<>(children.size());
            boolean changed = false;
            for (LogicalPlan c : children) {
                LogicalPlan n = transformUp(c, rule);
                changed |= n != c;
                newChildren.add(n);
            }
            if (changed) {
                rebuilt = plan.withChildren(newChildren);
            }
        }
        return rule.apply(rebuilt);
    }

    /** Rewrites top-down: {@code rule} on the node, then recursively on the children of its result. */
    public static LogicalPlan transformDown(LogicalPlan plan, Function<LogicalPlan, LogicalPlan> rule) {
        LogicalPlan replaced = rule.apply(plan);
        List<LogicalPlan> children = replaced.children();
        if (children.isEmpty()) {
            return replaced;
        }
        List<LogicalPlan> newChildren = new ArrayList<>(children.size());
        boolean changed = false;
        for (LogicalPlan c : children) {
            LogicalPlan n = transformDown(c, rule);
            changed |= n != c;
            newChildren.add(n);
        }
        return changed ? replaced.withChildren(newChildren) : replaced;
    }

    /** Applies {@code rewrite} to every expression held directly by this node. */
    public static LogicalPlan mapExpressions(LogicalPlan plan, Function<Expression, Expression> rewrite) {
        return switch (plan) {
            case Scan s -> new Scan(s.table(), s.columns(), s.output(), s.blockFilters().stream().map(rewrite).toList());
            case Filter f -> new Filter(f.child(), rewrite.apply(f.condition()));
            case Project p -> new Project(p.child(), p.projections().stream()
                    .map(n -> new NamedExpression(rewrite.apply(n.expression()), n.output())).toList());
            case Aggregate a -> new Aggregate(a.child(),
                    a.groupings().stream().map(n -> new NamedExpression(rewrite.apply(n.expression()), n.output())).toList(),
                    a.aggregates().stream().map(n -> new NamedExpression(rewrite.apply(n.expression()), n.output())).toList());
            case Join j -> new Join(j.left(), j.right(), j.joinType(), j.condition() == null ? null : rewrite.apply(j.condition()));
            case Sort s -> new Sort(s.child(), s.orders().stream().map(o -> o.withExpression(rewrite.apply(o.expression()))).toList());
            case Limit l -> l;
            case SubqueryAlias a -> a;
            case Union u -> u;
        };
    }

    /** Every expression held directly by this node. */
    public static List<Expression> expressions(LogicalPlan plan) {
        List<Expression> out = new ArrayList<>();
        switch (plan) {
            case Scan s -> out.addAll(s.blockFilters());
            case Filter f -> out.add(f.condition());
            case Project p -> p.projections().forEach(n -> out.add(n.expression()));
            case Aggregate a -> {
                a.groupings().forEach(n -> out.add(n.expression()));
                a.aggregates().forEach(n -> out.add(n.expression()));
            }
            case Join j -> {
                if (j.condition() != null) {
                    out.add(j.condition());
                }
            }
            case Sort s -> s.orders().forEach(o -> out.add(o.expression()));
            case Limit l -> {
            }
            case SubqueryAlias a -> {
            }
            case Union u -> {
            }
        }
        return out;
    }
}
