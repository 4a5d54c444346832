package io.minispark.analysis;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Aggregate;
import io.minispark.logical.Attribute;
import io.minispark.logical.Expression;
import io.minispark.logical.Filter;
import io.minispark.logical.Join;
import io.minispark.logical.JoinType;
import io.minispark.logical.Limit;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.logical.Sort;
import io.minispark.logical.SortOrder;
import io.minispark.logical.SubqueryAlias;
import io.minispark.types.TypeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds resolved logical plans from unresolved expressions, one operation at a time, so every
 * DataFrame is analysed when it is created and errors surface at the call that caused them (as in
 * Spark). SQL goes through the same methods.
 */
public final class Analyzer {
    private Analyzer() {
    }

    public static LogicalPlan select(LogicalPlan child, List<UnresolvedExpression> items) {
        return SubqueryDecorrelator.decorrelate(project(child, items));
    }

    private static LogicalPlan project(LogicalPlan child, List<UnresolvedExpression> items) {
        List<UnresolvedExpression> expanded = expandStars(child, items);
        if (expanded.stream().anyMatch(Naming::containsAggregate)) {
            return AggregateRewriter.rewrite(child, List.of(), expanded, null);
        }
        Binder binder = Binder.withoutAggregates(child.output(), "this context");
        List<NamedExpression> projections = new ArrayList<>();
        for (UnresolvedExpression item : expanded) {
            projections.add(Naming.name(item, binder.bind(item)));
        }
        return new Project(child, projections);
    }

    private static List<UnresolvedExpression> expandStars(LogicalPlan child, List<UnresolvedExpression> items) {
        List<UnresolvedExpression> out = new ArrayList<>();
        Scope scope = new Scope(child.output());
        for (UnresolvedExpression item : items) {
            if (item instanceof UnresolvedExpression.Column c && c.isStar()) {
                for (Attribute a : scope.expandStar(c)) {
                    out.add(new UnresolvedExpression.Column(a.qualifier(), a.name(), c.position()));
                }
            } else {
                out.add(item);
            }
        }
        return out;
    }

    /** WHERE, or HAVING when the condition aggregates and the input is an aggregation. */
    public static LogicalPlan filter(LogicalPlan child, UnresolvedExpression condition) {
        return filter(child, condition, List.of());
    }

    /**
     * WHERE in a subquery: names the input does not have are looked up in the enclosing queries'
     * scopes ({@code outer}, nearest first). Subqueries in the condition become joins.
     */
    public static LogicalPlan filter(LogicalPlan child, UnresolvedExpression condition, List<Scope> outer) {
        if (Naming.containsAggregate(condition) && child instanceof Aggregate aggregate) {
            return SubqueryDecorrelator.decorrelate(AggregateRewriter.addHaving(aggregate, condition));
        }
        if (Naming.containsAggregate(condition) && child instanceof Project project && project.child() instanceof Aggregate aggregate) {
            LogicalPlan filtered = AggregateRewriter.addHaving(aggregate, condition);
            return SubqueryDecorrelator.decorrelate(new Project(filtered, project.projections()));
        }
        Expression bound = Binder.withOuterScopes(child.output(), outer, "WHERE").bind(condition);
        return SubqueryDecorrelator.decorrelate(new Filter(child, requireCondition(bound, condition)));
    }

    private static Expression requireCondition(Expression bound, UnresolvedExpression written) {
        if (bound.type().kind() == TypeKind.NULL) {
            return io.minispark.logical.Literal.nullOf(io.minispark.types.DataType.BOOLEAN);
        }
        if (bound.type().kind() != TypeKind.BOOLEAN) {
            throw new MinisparkException(ErrorCode.TYPE_MISMATCH,
                    "a filter condition must be BOOLEAN, not " + bound.type(), written.position());
        }
        return bound;
    }

    /** GROUP BY: output is the grouping columns followed by the aggregate expressions. */
    public static LogicalPlan groupBy(LogicalPlan child, List<UnresolvedExpression> groupings, List<UnresolvedExpression> aggregates) {
        List<UnresolvedExpression> outputs = new ArrayList<>(groupings);
        outputs.addAll(aggregates);
        return SubqueryDecorrelator.decorrelate(AggregateRewriter.rewrite(child, groupings, outputs, null));
    }

    /**
     * A grouped query in SQL form: explicit output list and optional HAVING. A GROUP BY item may be
     * a 1-based position in the output list or the alias of an output (when no input column has
     * that name), standing for that output's expression.
     */
    public static LogicalPlan aggregate(LogicalPlan child, List<UnresolvedExpression> groupings,
                                        List<UnresolvedExpression> outputs, UnresolvedExpression having) {
        List<UnresolvedExpression> expanded = expandStars(child, outputs);
        return SubqueryDecorrelator.decorrelate(
                AggregateRewriter.rewrite(child, GroupingReferences.resolve(child, groupings, expanded), expanded, having));
    }

    public static LogicalPlan join(LogicalPlan left, LogicalPlan right, JoinType type, UnresolvedExpression condition) {
        if (FreshAttributes.overlap(left.output(), right.output())) {
            right = FreshAttributes.reinstance(right);
        }
        if (condition == null) {
            if (type != JoinType.CROSS && type != JoinType.INNER) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "a " + type.sqlName() + " join needs a condition");
            }
            return new Join(left, right, JoinType.CROSS, null);
        }
        List<Attribute> both = new ArrayList<>(left.output());
        both.addAll(right.output());
        Expression bound = Binder.withoutAggregates(both, "a join condition").bind(condition);
        return new Join(left, right, type == JoinType.CROSS ? JoinType.INNER : type, requireCondition(bound, condition));
    }

    /**
     * ORDER BY. A key is a column or expression over the input; an integer literal is a 1-based
     * position in the input's columns (as in SQL). When the input is a projection, keys may also use
     * columns the projection dropped, and over an aggregation they may use grouping expressions and
     * aggregates that are not selected: the sort then happens beneath the projection.
     */
    public static LogicalPlan sort(LogicalPlan child, List<UnresolvedExpression> keys) {
        Binder binder = Binder.withoutAggregates(child.output(), "ORDER BY");
        List<SortOrder> orders = new ArrayList<>();
        try {
            for (UnresolvedExpression key : keys) {
                orders.add(SortKeys.order(key, bindOrdinalOr(child, SortKeys.expression(key), binder)));
            }
        } catch (MinisparkException e) {
            if (e.code() == ErrorCode.COLUMN_NOT_FOUND || e.code() == ErrorCode.AGGREGATE_IN_WHERE) {
                LogicalPlan beneath = SortKeys.sortBeneathProjection(child, keys);
                if (beneath != null) {
                    return beneath;
                }
            }
            throw e;
        }
        return new Sort(child, orders);
    }

    /** Binds an expression, reading a bare integer literal as a 1-based position in the plan's output. */
    static Expression bindOrdinalOr(LogicalPlan plan, UnresolvedExpression e, Binder binder) {
        Integer ordinal = ordinal(e);
        if (ordinal == null) {
            return binder.bind(e);
        }
        List<Attribute> output = plan.output();
        if (ordinal < 1 || ordinal > output.size()) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "position " + ordinal
                    + " is not in the select list (it has " + output.size() + " columns)", e.position());
        }
        return new io.minispark.logical.ColumnRef(output.get(ordinal - 1));
    }

    /** The value of a bare integer literal (a SQL position), or null. */
    static Integer ordinal(UnresolvedExpression e) {
        return e instanceof UnresolvedExpression.Literal l && l.value() instanceof Integer i ? i : null;
    }

    public static LogicalPlan limit(LogicalPlan child, long limit, long offset) {
        if (limit < -1 || offset < 0) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "LIMIT and OFFSET must not be negative");
        }
        return new Limit(child, limit, offset);
    }

    public static LogicalPlan alias(LogicalPlan child, String alias) {
        return new SubqueryAlias(alias, child instanceof SubqueryAlias inner ? inner.child() : child);
    }

    public static LogicalPlan distinct(LogicalPlan child) {
        return new Aggregate(child, child.output().stream().map(NamedExpression::of).toList(), List.of());
    }

    /** Adds a column, or replaces the one of the same name in place. */
    public static LogicalPlan withColumn(LogicalPlan child, String name, UnresolvedExpression value) {
        Expression bound = Binder.withoutAggregates(child.output(), "withColumn").bind(value);
        NamedExpression added = new NamedExpression(bound, Attribute.create(null, name, bound.type(), bound.nullable()));
        List<NamedExpression> projections = new ArrayList<>();
        boolean replaced = false;
        for (Attribute a : child.output()) {
            if (a.name().equalsIgnoreCase(name)) {
                projections.add(added);
                replaced = true;
            } else {
                projections.add(NamedExpression.of(a));
            }
        }
        if (!replaced) {
            projections.add(added);
        }
        return new Project(child, projections);
    }
}
