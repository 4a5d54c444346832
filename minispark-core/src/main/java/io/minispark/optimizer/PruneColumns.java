package io.minispark.optimizer;

import io.minispark.logical.Aggregate;
import io.minispark.logical.Attribute;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops every column no operator above needs, down to the scan, which then reads only the columns it
 * must. Keeps at least one column per node so that row counts survive (COUNT(*) over nothing).
 */
final class PruneColumns implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        LogicalPlan pruned = prune(plan, Expressions.ids(plan.output()));
        // prune() rebuilds every node; when nothing was dropped, hand back the input as Rule requires.
        return pruned.equals(plan) ? plan : pruned;
    }

    private LogicalPlan prune(LogicalPlan plan, Set<Long> required) {
        return switch (plan) {
            case Scan s -> {
                List<Integer> columns = new ArrayList<>();
                List<Attribute> output = new ArrayList<>();
                for (int i = 0; i < s.output().size(); i++) {
                    if (required.contains(s.output().get(i).id())) {
                        columns.add(s.columns().get(i));
                        output.add(s.output().get(i));
                    }
                }
                if (output.isEmpty()) {
                    columns.add(s.columns().get(0));
                    output.add(s.output().get(0));
                }
                yield output.size() == s.output().size() ? s : new Scan(s.table(), columns, output, s.blockFilters());
            }
            case Project p -> {
                List<NamedExpression> kept = p.projections().stream().filter(n -> required.contains(n.output().id())).toList();
                if (kept.isEmpty()) {
                    kept = List.of(p.projections().get(0));
                }
                Set<Long> childRequired = new HashSet<>();
                kept.forEach(n -> childRequired.addAll(Expressions.references(n.expression())));
                yield new Project(prune(p.child(), childRequired), kept);
            }
            case Filter f -> new Filter(prune(f.child(), union(required, f.condition())), f.condition());
            case Aggregate a -> {
                List<NamedExpression> kept = a.aggregates().stream().filter(n -> required.contains(n.output().id())).toList();
                Set<Long> childRequired = new HashSet<>();
                a.groupings().forEach(n -> childRequired.addAll(Expressions.references(n.expression())));
                kept.forEach(n -> childRequired.addAll(Expressions.references(n.expression())));
                yield new Aggregate(prune(a.child(), childRequired), a.groupings(), kept);
            }
            case Join j -> {
                Set<Long> needed = j.condition() == null ? new HashSet<>(required) : union(required, j.condition());
                yield new Join(prune(j.left(), needed), prune(j.right(), needed), j.joinType(), j.condition());
            }
            case Sort s -> {
                Set<Long> needed = new HashSet<>(required);
                s.orders().forEach(o -> needed.addAll(Expressions.references(o.expression())));
                yield new Sort(prune(s.child(), needed), s.orders());
            }
            case Limit l -> new Limit(prune(l.child(), required), l.limit(), l.offset());
            case SubqueryAlias a -> new SubqueryAlias(a.alias(), prune(a.child(), required));
            // Inputs line up by position: keep every column of every input.
            case Union u -> new Union(u.inputs().stream().map(i -> prune(i, Expressions.ids(i.output()))).toList(), u.output());
        };
    }

    private static Set<Long> union(Set<Long> required, Expression e) {
        Set<Long> out = new HashSet<>(required);
        out.addAll(Expressions.references(e));
        return out;
    }
}
