package io.minispark.analysis;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Aggregate;
import io.minispark.logical.Attribute;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Comparison;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.Join;
import io.minispark.logical.JoinType;
import io.minispark.logical.Limit;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Plans;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import io.minispark.logical.Sort;
import io.minispark.logical.SubqueryAlias;
import io.minispark.logical.Union;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lifts a subquery's correlated conditions (WHERE conjuncts that mention the enclosing query's
 * columns) out of its plan, leaving a plan that can be computed once, on its own, and joined to the
 * enclosing query on those conditions. On the way up, a projection is widened to keep the columns the
 * conditions need, and an aggregation is grouped by the inner side of each (equality) condition, so
 * that the subquery computes its aggregate for every correlation key at once.
 */
final class CorrelationPullUp {
    /**
     * A subquery's plan without its correlated conditions.
     *
     * @param plan the uncorrelated plan; its output starts with the subquery's own columns
     * @param correlation the lifted conditions, over {@code plan}'s output and the enclosing columns
     * @param keyed whether {@code plan} has at most one row per value of the conditions' inner sides
     *     (they became grouping keys of an aggregation)
     */
    record Pulled(LogicalPlan plan, List<Expression> correlation, boolean keyed) {
    }

    /** An equality condition split into its subquery side and its enclosing query side. */
    record KeyEquality(Expression inner, Expression outer) {
    }

    private final Set<Long> inner = new HashSet<>();

    private CorrelationPullUp(LogicalPlan subquery) {
        collectOutputs(subquery);
    }

    static Pulled pull(LogicalPlan subquery) {
        return new CorrelationPullUp(subquery).pullUp(subquery);
    }

    private void collectOutputs(LogicalPlan plan) {
        plan.output().forEach(a -> inner.add(a.id()));
        plan.children().forEach(this::collectOutputs);
    }

    private boolean correlated(Expression e) {
        return !inner.containsAll(Expressions.references(e));
    }

    /** Splits {@code subquery-side = enclosing-side} (either way round), or returns null. */
    KeyEquality keyEquality(Expression e) {
        if (!(e instanceof Comparison c) || c.op() != Comparison.Op.EQ) {
            return null;
        }
        if (isInnerOnly(c.left()) && isOuterOnly(c.right())) {
            return new KeyEquality(c.left(), c.right());
        }
        if (isInnerOnly(c.right()) && isOuterOnly(c.left())) {
            return new KeyEquality(c.right(), c.left());
        }
        return null;
    }

    static KeyEquality keyEquality(LogicalPlan subquery, Expression e) {
        return new CorrelationPullUp(subquery).keyEquality(e);
    }

    private boolean isInnerOnly(Expression e) {
        Set<Long> refs = Expressions.references(e);
        return !refs.isEmpty() && inner.containsAll(refs);
    }

    private boolean isOuterOnly(Expression e) {
        Set<Long> refs = Expressions.references(e);
        return !refs.isEmpty() && refs.stream().noneMatch(inner::contains);
    }

    private Pulled pullUp(LogicalPlan plan) {
        return switch (plan) {
            case Scan s -> new Pulled(s, List.of(), false);
            case Filter f -> {
                Pulled child = pullUp(f.child());
                List<Expression> kept = new ArrayList<>();
                List<Expression> correlation = new ArrayList<>(child.correlation());
                for (Expression c : Expressions.splitConjuncts(f.condition())) {
                    (correlated(c) ? correlation : kept).add(c);
                }
                LogicalPlan rebuilt = kept.isEmpty() ? child.plan() : new Filter(child.plan(), Expressions.conjunction(kept));
                yield new Pulled(rebuilt, correlation, child.keyed());
            }
            case Project p -> {
                Pulled child = pullUp(p.child());
                requireUncorrelated(p.projections().stream().map(NamedExpression::expression).toList(), "its select list");
                if (child.correlation().isEmpty()) {
                    yield new Pulled(same(p, child), List.of(), child.keyed());
                }
                List<NamedExpression> projections = new ArrayList<>(p.projections());
                Set<Long> exposed = Expressions.ids(p.output());
                for (Expression c : child.correlation()) {
                    for (Attribute a : child.plan().output()) {
                        if (Expressions.references(c).contains(a.id()) && exposed.add(a.id())) {
                            projections.add(NamedExpression.of(a));
                        }
                    }
                }
                yield new Pulled(new Project(child.plan(), projections), child.correlation(), child.keyed());
            }
            case SubqueryAlias a -> {
                Pulled child = pullUp(a.child());
                yield new Pulled(same(a, child), child.correlation(), child.keyed());
            }
            case Aggregate a -> pullThroughAggregate(a);
            case Join j -> {
                Pulled left = pullUp(j.left());
                Pulled right = pullUp(j.right());
                if (j.condition() != null) {
                    requireUncorrelated(List.of(j.condition()), "a join condition");
                }
                boolean leftOk = left.correlation().isEmpty() || j.joinType() != JoinType.RIGHT && j.joinType() != JoinType.FULL;
                boolean rightOk = right.correlation().isEmpty() || j.joinType() == JoinType.INNER || j.joinType() == JoinType.CROSS;
                if (!leftOk || !rightOk) {
                    throw unsupported("a correlated condition on the null-extended side of an outer join");
                }
                List<Expression> correlation = new ArrayList<>(left.correlation());
                correlation.addAll(right.correlation());
                LogicalPlan rebuilt = left.plan() == j.left() && right.plan() == j.right() ? j
                        : new Join(left.plan(), right.plan(), j.joinType(), j.condition());
                yield new Pulled(rebuilt, correlation, false);
            }
            case Sort s -> {
                Pulled child = pullUp(s.child());
                requireUncorrelated(s.orders().stream().map(o -> o.expression()).toList(), "ORDER BY");
                yield new Pulled(same(s, child), child.correlation(), child.keyed());
            }
            case Limit l -> {
                Pulled child = pullUp(l.child());
                if (!child.correlation().isEmpty()) {
                    throw unsupported("LIMIT or OFFSET in a correlated subquery");
                }
                yield new Pulled(l, List.of(), false);
            }
            case Union u -> {
                for (LogicalPlan input : u.inputs()) {
                    if (!pullUp(input).correlation().isEmpty()) {
                        throw unsupported("a correlated condition inside UNION, INTERSECT or EXCEPT");
                    }
                }
                yield new Pulled(u, List.of(), false);
            }
        };
    }

    /** The node over the pulled child, or the node itself when nothing below it changed. */
    private static LogicalPlan same(LogicalPlan node, Pulled child) {
        return child.plan() == node.children().get(0) ? node : node.withChildren(List.of(child.plan()));
    }

    /**
     * An aggregation over correlated rows becomes one grouped by the correlation keys: its result for
     * a key is what the subquery computes for the enclosing rows with that key.
     */
    private Pulled pullThroughAggregate(Aggregate a) {
        Pulled child = pullUp(a.child());
        requireUncorrelated(Plans.expressions(a), "its GROUP BY or aggregates");
        if (child.correlation().isEmpty()) {
            return new Pulled(same(a, child), List.of(), false);
        }
        List<NamedExpression> groupings = new ArrayList<>(a.groupings());
        List<Expression> correlation = new ArrayList<>();
        for (Expression c : child.correlation()) {
            KeyEquality key = keyEquality(c);
            if (key == null) {
                throw unsupported("a correlated condition other than an equality under an aggregate (" + c + ")");
            }
            NamedExpression grouping = groupings.stream().filter(g -> g.expression().equals(key.inner())).findFirst()
                    .orElse(null);
            if (grouping == null) {
                grouping = key.inner() instanceof ColumnRef ref ? NamedExpression.of(ref.attribute())
                        : new NamedExpression(key.inner(), Attribute.create(null, "correlation_key",
                        key.inner().type(), key.inner().nullable()));
                groupings.add(grouping);
                inner.add(grouping.output().id());
            }
            correlation.add(new Comparison(Comparison.Op.EQ, new ColumnRef(grouping.output()), key.outer()));
        }
        return new Pulled(new Aggregate(child.plan(), groupings, a.aggregates()), correlation, true);
    }

    private void requireUncorrelated(List<Expression> expressions, String where) {
        for (Expression e : expressions) {
            if (correlated(e)) {
                throw unsupported("a subquery referring to the enclosing query's columns in " + where);
            }
        }
    }

    static MinisparkException unsupported(String what) {
        return new MinisparkException(ErrorCode.INVALID_ARGUMENT, "not supported: " + what);
    }
}
