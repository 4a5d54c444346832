package io.minispark.analysis;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.errors.SourcePosition;
import io.minispark.logical.Aggregate;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.Attribute;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a grouped query the way the seed describes: aggregate calls found anywhere in the output
 * (or HAVING) are computed by an {@link Aggregate} node; HAVING becomes a {@link Filter} over hidden
 * aggregate columns; the projection of the requested outputs comes last.
 */
public final class AggregateRewriter {
    private final LogicalPlan child;
    private final List<NamedExpression> groupings = new ArrayList<>();
    private final Map<Expression, NamedExpression> aggregates = new LinkedHashMap<>();
    private final List<NamedExpression> hidden = new ArrayList<>();

    private AggregateRewriter(LogicalPlan child) {
        this.child = child;
    }

    public static LogicalPlan rewrite(LogicalPlan child, List<UnresolvedExpression> groupingExpressions,
                                      List<UnresolvedExpression> outputs, UnresolvedExpression having) {
        AggregateRewriter rewriter = new AggregateRewriter(child);
        Binder groupBinder = Binder.withoutAggregates(child.output(), "GROUP BY");
        for (UnresolvedExpression g : groupingExpressions) {
            rewriter.groupings.add(Naming.name(g, groupBinder.bind(g)));
        }
        Binder binder = Binder.withAggregates(child.output(), child.output());
        List<NamedExpression> projections = new ArrayList<>();
        for (UnresolvedExpression written : outputs) {
            Expression bound = binder.bind(written);
            String aggregateName = written instanceof UnresolvedExpression.Alias alias ? alias.name() : written.toString();
            Expression replaced = rewriter.replaceAggregates(bound, aggregateName, false);
            replaced = rewriter.replaceGroupings(replaced, written);
            NamedExpression named = Naming.name(written, replaced);
            boolean keepsName = !(written instanceof UnresolvedExpression.Alias alias)
                    || (replaced instanceof ColumnRef r && r.attribute().name().equals(alias.name()));
            if (replaced instanceof ColumnRef ref && keepsName) {
                named = new NamedExpression(replaced, ref.attribute());
            }
            projections.add(named);
        }
        Expression condition = null;
        if (having != null) {
            Expression bound = binder.bind(having);
            if (bound.type().kind() != TypeKind.BOOLEAN && bound.type().kind() != TypeKind.NULL) {
                throw new MinisparkException(ErrorCode.TYPE_MISMATCH, "HAVING needs a BOOLEAN condition, not " + bound.type(),
                        having.position());
            }
            condition = rewriter.replaceGroupings(rewriter.replaceAggregates(bound, null, true), having);
        }
        return rewriter.build(projections, condition);
    }

    /** Adds HAVING-style hidden aggregates to an existing Aggregate; returns the filtered plan keeping its output. */
    public static LogicalPlan addHaving(Aggregate aggregate, UnresolvedExpression condition) {
        AggregateRewriter rewriter = new AggregateRewriter(aggregate.child());
        rewriter.groupings.addAll(aggregate.groupings());
        for (NamedExpression a : aggregate.aggregates()) {
            rewriter.aggregates.put(a.expression(), a);
        }
        Binder binder = Binder.withAggregates(aggregate.output(), aggregate.child().output());
        Expression bound = binder.bind(condition);
        Expression replaced = rewriter.replaceAggregates(bound, null, true);
        List<NamedExpression> projections = aggregate.output().stream().map(NamedExpression::of).toList();
        return rewriter.build(projections, replaced);
    }

    /** An aggregation extended with the aggregates some sort keys need, and those keys bound over its output. */
    record Extended(Aggregate aggregate, List<Expression> keys) {
    }

    /**
     * Binds ORDER BY keys over an aggregation: grouping expressions become grouping columns, and
     * aggregates not computed yet are added as hidden columns (removed by the projection above).
     */
    static Extended addSortKeys(Aggregate aggregate, List<UnresolvedExpression> keys) {
        AggregateRewriter rewriter = new AggregateRewriter(aggregate.child());
        rewriter.groupings.addAll(aggregate.groupings());
        for (NamedExpression a : aggregate.aggregates()) {
            rewriter.aggregates.putIfAbsent(a.expression(), a);
            if (rewriter.aggregates.get(a.expression()) != a) {
                rewriter.hidden.add(a);
            }
        }
        Binder binder = Binder.withAggregates(aggregate.child().output(), aggregate.child().output());
        List<Expression> bound = new ArrayList<>();
        for (UnresolvedExpression key : keys) {
            Expression replaced = rewriter.replaceAggregates(binder.bind(key), null, false);
            bound.add(rewriter.replaceGroupings(replaced, key));
        }
        List<NamedExpression> all = new ArrayList<>(rewriter.aggregates.values());
        all.addAll(rewriter.hidden);
        // Keep the existing aggregates first and in order, so references to them stay valid.
        List<NamedExpression> ordered = new ArrayList<>(aggregate.aggregates());
        all.stream().filter(a -> !ordered.contains(a)).forEach(ordered::add);
        return new Extended(new Aggregate(aggregate.child(), aggregate.groupings(), ordered), bound);
    }

    private Expression replaceAggregates(Expression bound, String name, boolean forHaving) {
        return Expressions.transformDown(bound, e -> {
            if (!(e instanceof AggregateCall call)) {
                return e;
            }
            if (call.argument() != null && Expressions.containsAggregate(call.argument())) {
                throw new MinisparkException(ErrorCode.AGGREGATE_IN_WHERE,
                        "aggregate functions cannot be nested: " + call, SourcePosition.UNKNOWN);
            }
            NamedExpression existing = forHaving ? null : aggregates.get(call);
            if (existing == null) {
                boolean whole = name != null && bound == call;
                String columnName = forHaving ? "_having_" + call : whole ? name : call.toString();
                existing = new NamedExpression(call, Attribute.create(null, columnName, call.type(), call.nullable()));
                if (forHaving) {
                    hidden.add(existing);
                } else {
                    aggregates.put(call, existing);
                }
            }
            return new ColumnRef(existing.output());
        });
    }

    /** Replaces sub-expressions equal to a grouping expression by that grouping's column, then checks the rest. */
    private Expression replaceGroupings(Expression e, UnresolvedExpression written) {
        Expression replaced = Expressions.transformDown(e, node -> {
            for (NamedExpression g : groupings) {
                if (g.expression().equals(node)) {
                    return new ColumnRef(g.output());
                }
            }
            return node;
        });
        Set<Long> allowed = Expressions.ids(groupings.stream().map(NamedExpression::output).toList());
        aggregates.values().forEach(a -> allowed.add(a.output().id()));
        hidden.forEach(a -> allowed.add(a.output().id()));
        for (Long id : Expressions.references(replaced)) {
            if (!allowed.contains(id)) {
                Attribute offending = child.output().stream().filter(a -> a.id() == id).findFirst().orElse(null);
                String columnName = offending == null ? "a column" : offending.qualifiedName();
                throw new MinisparkException(ErrorCode.NOT_GROUPED, "column \"" + columnName
                        + "\" must appear in GROUP BY or be used in an aggregate function",
                        positionOf(written, offending));
            }
        }
        return replaced;
    }

    private static SourcePosition positionOf(UnresolvedExpression written, Attribute attribute) {
        if (attribute == null) {
            return written.position();
        }
        SourcePosition[] found = {null};
        findColumn(written, attribute.name(), found);
        return found[0] != null ? found[0] : written.position();
    }

    private static void findColumn(UnresolvedExpression e, String name, SourcePosition[] found) {
        if (found[0] != null) {
            return;
        }
        switch (e) {
            case UnresolvedExpression.Column c -> {
                if (c.name().equalsIgnoreCase(name)) {
                    found[0] = c.position();
                }
            }
            case UnresolvedExpression.Function f -> {
                if (!Naming.isAggregateName(f.name())) {
                    f.arguments().forEach(a -> findColumn(a, name, found));
                }
            }
            case UnresolvedExpression.Binary b -> {
                findColumn(b.left(), name, found);
                findColumn(b.right(), name, found);
            }
            case UnresolvedExpression.Alias a -> findColumn(a.child(), name, found);
            case UnresolvedExpression.Not n -> findColumn(n.child(), name, found);
            case UnresolvedExpression.Negate n -> findColumn(n.child(), name, found);
            case UnresolvedExpression.IsNull n -> findColumn(n.child(), name, found);
            case UnresolvedExpression.Cast c -> findColumn(c.child(), name, found);
            case UnresolvedExpression.Like l -> findColumn(l.child(), name, found);
            case UnresolvedExpression.Between b -> findColumn(b.child(), name, found);
            case UnresolvedExpression.In in -> findColumn(in.child(), name, found);
            case UnresolvedExpression.SortKey s -> findColumn(s.child(), name, found);
            case UnresolvedExpression.Case c -> c.whens().forEach(w -> findColumn(w, name, found));
            case UnresolvedExpression.Subquery s -> {
                if (s.value() != null) {
                    findColumn(s.value(), name, found);
                }
            }
            case UnresolvedExpression.Literal l -> {
            }
            case UnresolvedExpression.Interval i -> {
            }
        }
    }

    private LogicalPlan build(List<NamedExpression> projections, Expression having) {
        List<NamedExpression> allAggregates = new ArrayList<>(aggregates.values());
        allAggregates.addAll(hidden);
        LogicalPlan plan = new Aggregate(child, groupings, allAggregates);
        if (having != null) {
            plan = new io.minispark.logical.Filter(plan, having.type().kind() == TypeKind.NULL
                    ? io.minispark.logical.Literal.nullOf(DataType.BOOLEAN) : having);
        }
        boolean identity = hidden.isEmpty() && projections.size() == plan.output().size();
        for (int i = 0; identity && i < projections.size(); i++) {
            identity = projections.get(i).isPassThrough() && projections.get(i).output().id() == plan.output().get(i).id();
        }
        return identity ? plan : new Project(plan, projections);
    }
}
