package io.minispark.analysis;

import io.minispark.logical.Aggregate;
import io.minispark.logical.Attribute;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.Join;
import io.minispark.logical.Limit;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import io.minispark.logical.Sort;
import io.minispark.logical.SubqueryAlias;
import io.minispark.logical.Union;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a plan giving every column it produces a new identity. Needed when one DataFrame appears
 * twice in a query (a self-join): without it both sides would produce the same attribute ids and a
 * reference could not say which side it means.
 */
public final class FreshAttributes {
    private final Map<Long, Attribute> renamed = new HashMap<>();

    private FreshAttributes() {
    }

    public static LogicalPlan reinstance(LogicalPlan plan) {
        return new FreshAttributes().copy(plan);
    }

    private LogicalPlan copy(LogicalPlan plan) {
        return switch (plan) {
            case Scan s -> new Scan(s.table(), s.columns(), s.output().stream().map(this::fresh).toList(),
                    s.blockFilters().stream().map(this::rewrite).toList());
            case Filter f -> new Filter(copy(f.child()), rewrite(f.condition()));
            case Project p -> {
                LogicalPlan child = copy(p.child());
                yield new Project(child, p.projections().stream().map(this::copyNamed).toList());
            }
            case Aggregate a -> {
                LogicalPlan child = copy(a.child());
                yield new Aggregate(child, a.groupings().stream().map(this::copyNamed).toList(),
                        a.aggregates().stream().map(this::copyNamed).toList());
            }
            case Join j -> {
                LogicalPlan left = copy(j.left());
                LogicalPlan right = copy(j.right());
                yield new Join(left, right, j.joinType(), j.condition() == null ? null : rewrite(j.condition()));
            }
            case Sort s -> new Sort(copy(s.child()), s.orders().stream().map(o -> o.withExpression(rewrite(o.expression()))).toList());
            case Limit l -> new Limit(copy(l.child()), l.limit(), l.offset());
            case SubqueryAlias a -> new SubqueryAlias(a.alias(), copy(a.child()));
            case Union u -> {
                List<LogicalPlan> inputs = u.inputs().stream().map(this::copy).toList();
                yield new Union(inputs, u.output().stream().map(this::fresh).toList());
            }
        };
    }

    private NamedExpression copyNamed(NamedExpression named) {
        Expression expression = rewrite(named.expression());
        if (named.isPassThrough()) {
            Attribute target = renamed.get(named.output().id());
            Attribute out = target == null ? named.output() : target.withQualifier(named.output().qualifier());
            return new NamedExpression(expression, out);
        }
        return new NamedExpression(expression, fresh(named.output()));
    }

    private Attribute fresh(Attribute old) {
        Attribute created = Attribute.create(old.qualifier(), old.name(), old.type(), old.nullable());
        renamed.put(old.id(), created);
        return created;
    }

    private Expression rewrite(Expression e) {
        return Expressions.transformUp(e, node -> {
            if (node instanceof ColumnRef ref && renamed.containsKey(ref.attribute().id())) {
                Attribute target = renamed.get(ref.attribute().id());
                return new ColumnRef(new Attribute(target.id(), ref.attribute().qualifier(), target.name(),
                        target.type(), ref.attribute().nullable()));
            }
            return node;
        });
    }

    /** True when the two attribute lists share an id. */
    public static boolean overlap(List<Attribute> a, List<Attribute> b) {
        var ids = Expressions.ids(a);
        return b.stream().anyMatch(x -> ids.contains(x.id()));
    }
}
