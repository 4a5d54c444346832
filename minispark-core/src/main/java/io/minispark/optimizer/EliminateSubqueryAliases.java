package io.minispark.optimizer;

import io.minispark.logical.Aggregate;
import io.minispark.logical.Filter;
import io.minispark.logical.Join;
import io.minispark.logical.Limit;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Plans;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import io.minispark.logical.Sort;
import io.minispark.logical.SubqueryAlias;
import io.minispark.logical.Union;
import java.util.List;

/**
 * Removes alias nodes, which compute nothing, moving the alias onto the columns below so that plans
 * and schemas still print {@code u.country} rather than the table's own name.
 */
final class EliminateSubqueryAliases implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        return Plans.transformUp(plan, node -> node instanceof SubqueryAlias alias ? requalify(alias.child(), alias.alias()) : node);
    }

    private static LogicalPlan requalify(LogicalPlan plan, String qualifier) {
        return switch (plan) {
            case Scan s -> new Scan(s.table(), s.columns(), s.output().stream().map(a -> a.withQualifier(qualifier)).toList(), s.blockFilters());
            case Project p -> new Project(p.child(), requalify(p.projections(), qualifier));
            case Aggregate a -> new Aggregate(a.child(), requalify(a.groupings(), qualifier), requalify(a.aggregates(), qualifier));
            case Filter f -> new Filter(requalify(f.child(), qualifier), f.condition());
            case Sort s -> new Sort(requalify(s.child(), qualifier), s.orders());
            case Limit l -> new Limit(requalify(l.child(), qualifier), l.limit(), l.offset());
            case Join j -> new Join(requalify(j.left(), qualifier), requalify(j.right(), qualifier), j.joinType(), j.condition());
            case SubqueryAlias a -> requalify(a.child(), qualifier);
            case Union u -> new Union(u.inputs(), u.output().stream().map(a -> a.withQualifier(qualifier)).toList());
        };
    }

    private static List<NamedExpression> requalify(List<NamedExpression> named, String qualifier) {
        return named.stream().map(n -> new NamedExpression(n.expression(), n.output().withQualifier(qualifier))).toList();
    }
}
