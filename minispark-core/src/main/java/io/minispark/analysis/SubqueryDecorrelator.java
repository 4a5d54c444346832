package io.minispark.analysis;

import io.minispark.exec.expr.ExpressionCompiler;
import io.minispark.logical.Aggregate;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.And;
import io.minispark.logical.Attribute;
import io.minispark.logical.CaseWhen;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Comparison;
import io.minispark.logical.ExistsSubquery;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.InSubquery;
import io.minispark.logical.IsNull;
import io.minispark.logical.Join;
import io.minispark.logical.JoinType;
import io.minispark.logical.Limit;
import io.minispark.logical.Literal;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Not;
import io.minispark.logical.Or;
import io.minispark.logical.Plans;
import io.minispark.logical.Project;
import io.minispark.logical.ScalarFunction;
import io.minispark.logical.ScalarSubquery;
import io.minispark.logical.Sort;
import io.minispark.logical.SubqueryAlias;
import io.minispark.logical.SubqueryExpression;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.Values;
import io.minispark.vector.Vector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans subqueries in expressions as joins, so that no subquery ever runs once per row. A filter's
 * conjuncts {@code EXISTS} / {@code NOT EXISTS} become left semi / anti joins on the subquery's
 * correlated conditions; {@code x IN} becomes a semi join on {@code x = column} as well; {@code x NOT
 * IN} an anti join that also honours SQL's NULL rules. A scalar subquery, in a filter or a
 * projection, is computed once (per correlation key, grouped) and joined in, its value read from the
 * joined column. The node's output is kept by a projection on top.
 */
final class SubqueryDecorrelator {
    private static final Batch ONE_ROW = new Batch(new Vector[0], 1);

    private LogicalPlan current;
    private final Map<ScalarSubquery, Expression> scalarValues = new HashMap<>();

    private SubqueryDecorrelator(LogicalPlan input) {
        this.current = input;
    }

    /** Rewrites every node of {@code plan} that holds a subquery expression. */
    static LogicalPlan decorrelate(LogicalPlan plan) {
        return Plans.transformUp(plan, SubqueryDecorrelator::rewriteNode);
    }

    private static LogicalPlan rewriteNode(LogicalPlan node) {
        if (Plans.expressions(node).stream().noneMatch(SubqueryDecorrelator::containsSubquery)) {
            return node;
        }
        return switch (node) {
            case Filter f -> new SubqueryDecorrelator(f.child()).filter(f);
            case Project p -> new SubqueryDecorrelator(p.child()).project(p);
            default -> throw CorrelationPullUp.unsupported("a subquery in " + node.describe());
        };
    }

    static boolean containsSubquery(Expression e) {
        return e instanceof SubqueryExpression || e.children().stream().anyMatch(SubqueryDecorrelator::containsSubquery);
    }

    private LogicalPlan filter(Filter f) {
        List<Attribute> output = f.child().output();
        List<Expression> rest = new ArrayList<>();
        for (Expression c : Expressions.splitConjuncts(f.condition())) {
            switch (c) {
                case ExistsSubquery e -> exists(e, JoinType.LEFT_SEMI);
                case Not n when n.child() instanceof ExistsSubquery e -> exists(e, JoinType.LEFT_ANTI);
                case InSubquery in -> in(in);
                case Not n when n.child() instanceof InSubquery in -> notIn(in);
                default -> rest.add(c);
            }
        }
        List<Expression> replaced = rest.stream().map(this::replaceScalars).toList();
        LogicalPlan plan = replaced.isEmpty() ? current : new Filter(current, Expressions.conjunction(replaced));
        return restore(plan, output);
    }

    private LogicalPlan project(Project p) {
        List<NamedExpression> projections = p.projections().stream()
                .map(n -> new NamedExpression(replaceScalars(n.expression()), n.output())).toList();
        return new Project(current, projections);
    }

    /** Keeps the rewritten node's output what it was: the joins added columns. */
    private static LogicalPlan restore(LogicalPlan plan, List<Attribute> output) {
        if (Expressions.ids(plan.output()).equals(Expressions.ids(output)) && plan.output().size() == output.size()) {
            return plan;
        }
        return new Project(plan, output.stream().map(NamedExpression::of).toList());
    }

    private Expression replaceScalars(Expression e) {
        Expression replaced = Expressions.transformDown(e, node -> node instanceof ScalarSubquery s
                ? scalarValues.computeIfAbsent(s, this::scalar) : node);
        if (containsSubquery(replaced)) {
            throw CorrelationPullUp.unsupported("EXISTS or IN (subquery) other than as an AND-ed condition of WHERE or HAVING");
        }
        return replaced;
    }

    private void exists(ExistsSubquery e, JoinType type) {
        CorrelationPullUp.Pulled pulled = CorrelationPullUp.pull(e.plan());
        // Uncorrelated, one row decides for every input row.
        LogicalPlan right = pulled.correlation().isEmpty() ? new Limit(pulled.plan(), 1, 0) : pulled.plan();
        current = new Join(current, right, type, Expressions.conjunction(pulled.correlation()));
    }

    private void in(InSubquery in) {
        CorrelationPullUp.Pulled pulled = CorrelationPullUp.pull(in.plan());
        List<Expression> condition = new ArrayList<>();
        condition.add(new Comparison(Comparison.Op.EQ, in.value(), new ColumnRef(in.plan().output().get(0))));
        condition.addAll(pulled.correlation());
        current = new Join(current, pulled.plan(), JoinType.LEFT_SEMI, Expressions.conjunction(condition));
    }

    /**
     * {@code x NOT IN (s)} is true when s is empty, or when x is not NULL, no s equals x and no s is
     * NULL. The anti join on {@code x = s} drops the rows with an equal value; the NULL cases are then
     * decided from s's row and non-NULL counts, one row joined to every input row. Correlated, the
     * NULL cases become part of the anti join's condition, which still hashes on the correlation.
     */
    private void notIn(InSubquery in) {
        CorrelationPullUp.Pulled pulled = CorrelationPullUp.pull(in.plan());
        Attribute column = in.plan().output().get(0);
        Expression value = in.value();
        Expression equal = new Comparison(Comparison.Op.EQ, value, new ColumnRef(column));
        if (!pulled.correlation().isEmpty()) {
            Expression match = equal;
            if (value.nullable()) {
                match = new Or(match, new IsNull(value, false));
            }
            if (column.nullable()) {
                match = new Or(match, new IsNull(new ColumnRef(column), false));
            }
            List<Expression> condition = new ArrayList<>(pulled.correlation());
            condition.add(match);
            current = new Join(current, pulled.plan(), JoinType.LEFT_ANTI, Expressions.conjunction(condition));
            return;
        }
        current = new Join(current, pulled.plan(), JoinType.LEFT_ANTI, equal);
        if (!value.nullable() && !column.nullable()) {
            return;
        }
        LogicalPlan again = FreshAttributes.reinstance(pulled.plan());
        Attribute againColumn = again.output().get(0);
        NamedExpression rows = new NamedExpression(new AggregateCall(AggregateCall.Function.COUNT, null, false, DataType.BIGINT),
                Attribute.create(null, "subquery_rows", DataType.BIGINT, false));
        NamedExpression values = new NamedExpression(new AggregateCall(AggregateCall.Function.COUNT,
                new ColumnRef(againColumn), false, DataType.BIGINT), Attribute.create(null, "subquery_values", DataType.BIGINT, false));
        current = new Join(current, new Aggregate(again, List.of(), List.of(rows, values)), JoinType.CROSS, null);
        Expression empty = new Comparison(Comparison.Op.EQ, new ColumnRef(rows.output()), new Literal(0L, DataType.BIGINT));
        Expression decided = Literal.TRUE;
        if (column.nullable()) {
            decided = new Comparison(Comparison.Op.EQ, new ColumnRef(values.output()), new ColumnRef(rows.output()));
        }
        if (value.nullable()) {
            Expression notNull = new IsNull(value, true);
            decided = column.nullable() ? new And(decided, notNull) : notNull;
        }
        current = new Filter(current, new Or(empty, decided));
    }

    /** Joins the scalar subquery's value in and returns the expression reading it. */
    private Expression scalar(ScalarSubquery s) {
        CorrelationPullUp.Pulled pulled = CorrelationPullUp.pull(s.plan());
        Attribute value = s.plan().output().get(0);
        if (pulled.correlation().isEmpty()) {
            LogicalPlan one = pulled.plan();
            if (!atMostOneRow(one)) {
                one = checkedSingleValue(one, value, List.of());
                value = one.output().get(0);
            }
            // Exactly one row (an aggregation without GROUP BY) joins as a cross join; fewer must not drop rows.
            current = exactlyOneRow(one) ? new Join(current, one, JoinType.CROSS, null)
                    : new Join(current, one, JoinType.LEFT, Literal.TRUE);
            return new ColumnRef(value.withNullable(true));
        }
        List<CorrelationPullUp.KeyEquality> keys = new ArrayList<>();
        for (Expression c : pulled.correlation()) {
            CorrelationPullUp.KeyEquality key = CorrelationPullUp.keyEquality(pulled.plan(), c);
            if (key == null) {
                throw CorrelationPullUp.unsupported("a correlated scalar subquery with a condition other than an equality ("
                        + c + ")");
            }
            keys.add(key);
        }
        LogicalPlan right = pulled.plan();
        List<Expression> condition = pulled.correlation();
        Expression matchedKey = keys.get(0).inner() instanceof ColumnRef ref
                ? new ColumnRef(ref.attribute().withNullable(true)) : keys.get(0).inner();
        if (!pulled.keyed()) {
            right = checkedSingleValue(right, value, keys.stream().map(CorrelationPullUp.KeyEquality::inner).toList());
            List<Attribute> out = right.output();
            value = out.get(out.size() - 1);
            condition = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                condition.add(new Comparison(Comparison.Op.EQ, new ColumnRef(out.get(i)), keys.get(i).outer()));
            }
            matchedKey = new ColumnRef(out.get(0).withNullable(true));
        }
        current = new Join(current, right, JoinType.LEFT, Expressions.conjunction(condition));
        Expression read = new ColumnRef(value.withNullable(true));
        Literal whenNoRows = pulled.keyed() ? valueWithoutRows(s.plan(), value) : null;
        if (whenNoRows == null) {
            return read;
        }
        // The "COUNT bug": a key without rows has no group, but COUNT over no rows is 0, not NULL.
        Expression unmatched = new IsNull(matchedKey, false);
        return new CaseWhen(List.of(unmatched), List.of(whenNoRows), read, read.type());
    }

    /**
     * One row per key (or one row) with the subquery's value, failing at run time when the subquery
     * has more than one row for a key: {@code keys..., ASSERT_SINGLE_ROW(count(*), max(value))}.
     */
    private static LogicalPlan checkedSingleValue(LogicalPlan plan, Attribute value, List<Expression> keys) {
        List<NamedExpression> groupings = new ArrayList<>();
        for (Expression key : keys) {
            groupings.add(key instanceof ColumnRef ref ? NamedExpression.of(ref.attribute())
                    : new NamedExpression(key, Attribute.create(null, "correlation_key", key.type(), key.nullable())));
        }
        NamedExpression rows = new NamedExpression(new AggregateCall(AggregateCall.Function.COUNT, null, false, DataType.BIGINT),
                Attribute.create(null, "subquery_rows", DataType.BIGINT, false));
        NamedExpression any = new NamedExpression(new AggregateCall(AggregateCall.Function.MAX, new ColumnRef(value), false,
                value.type()), Attribute.create(null, value.name(), value.type(), true));
        Aggregate aggregate = new Aggregate(plan, groupings, List.of(rows, any));
        List<NamedExpression> projections = new ArrayList<>();
        groupings.forEach(g -> projections.add(NamedExpression.of(g.output())));
        Expression checked = new ScalarFunction(ScalarFunction.Function.ASSERT_SINGLE_ROW,
                List.of(new ColumnRef(rows.output()), new ColumnRef(any.output())), value.type());
        projections.add(new NamedExpression(checked, Attribute.create(null, value.name(), value.type(), true)));
        return new Project(aggregate, projections);
    }

    private static boolean exactlyOneRow(LogicalPlan plan) {
        return switch (plan) {
            case Aggregate a -> a.groupings().isEmpty();
            case Project p -> exactlyOneRow(p.child());
            case SubqueryAlias a -> exactlyOneRow(a.child());
            case Sort s -> exactlyOneRow(s.child());
            default -> false;
        };
    }

    private static boolean atMostOneRow(LogicalPlan plan) {
        return switch (plan) {
            case Filter f -> atMostOneRow(f.child());
            case Limit l -> l.limit() >= 0 && l.limit() <= 1 || atMostOneRow(l.child());
            case Project p -> atMostOneRow(p.child());
            case SubqueryAlias a -> atMostOneRow(a.child());
            case Sort s -> atMostOneRow(s.child());
            default -> exactlyOneRow(plan);
        };
    }

    /**
     * The value a grouped, correlated scalar subquery has for a key without rows, when that is not
     * NULL: its select expression with COUNTs as 0 and other aggregates as NULL. Null when NULL.
     */
    private static Literal valueWithoutRows(LogicalPlan plan, Attribute value) {
        Expression e = new ColumnRef(value);
        LogicalPlan node = plan;
        while (true) {
            switch (node) {
                case Project p -> {
                    Map<Long, Expression> byId = new HashMap<>();
                    p.projections().forEach(n -> byId.put(n.output().id(), n.expression()));
                    e = substitute(e, byId);
                    node = p.child();
                }
                case SubqueryAlias a -> node = a.child();
                case Filter f -> node = f.child();
                case Sort s -> node = s.child();
                case Aggregate a -> {
                    Map<Long, Expression> byId = new HashMap<>();
                    a.groupings().forEach(g -> byId.put(g.output().id(), Literal.nullOf(g.output().type())));
                    for (NamedExpression n : a.aggregates()) {
                        AggregateCall call = (AggregateCall) n.expression();
                        byId.put(n.output().id(), call.function() == AggregateCall.Function.COUNT
                                ? new Literal(0L, DataType.BIGINT) : Literal.nullOf(call.type()));
                    }
                    return evaluate(substitute(e, byId));
                }
                default -> {
                    return null;
                }
            }
        }
    }

    private static Expression substitute(Expression e, Map<Long, Expression> byId) {
        return Expressions.transformUp(e, node -> node instanceof ColumnRef ref && byId.containsKey(ref.attribute().id())
                ? byId.get(ref.attribute().id()) : node);
    }

    private static Literal evaluate(Expression constant) {
        if (!Expressions.references(constant).isEmpty()) {
            return null;
        }
        try {
            Vector v = ExpressionCompiler.compile(constant, List.of()).evaluate(ONE_ROW);
            Object stored = Values.storageValue(v, 0);
            return stored == null ? null : new Literal(stored, constant.type());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
