package io.minispark.optimizer;

import io.minispark.logical.ColumnRef;
import io.minispark.logical.Expression;
import io.minispark.logical.Literal;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Plans;
import io.minispark.logical.Project;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Project(Project(x)) becomes one Project over x, unless that would compute a non-trivial inner
 * expression more than once.
 */
final class CollapseProjects implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        return Plans.transformUp(plan, node -> {
            if (!(node instanceof Project outer) || !(outer.child() instanceof Project inner)) {
                return node;
            }
            Map<Long, Integer> uses = new HashMap<>();
            for (NamedExpression n : outer.projections()) {
                countUses(n.expression(), uses);
            }
            for (NamedExpression n : inner.projections()) {
                boolean trivial = n.expression() instanceof ColumnRef || n.expression() instanceof Literal;
                if (!trivial && uses.getOrDefault(n.output().id(), 0) > 1) {
                    return node;
                }
            }
            Substitution substitution = new Substitution(inner.projections());
            List<NamedExpression> merged = outer.projections().stream()
                    .map(n -> new NamedExpression(substitution.apply(n.expression()), n.output()))
                    .toList();
            return new Project(inner.child(), merged);
        });
    }

    private static void countUses(Expression e, Map<Long, Integer> uses) {
        if (e instanceof ColumnRef ref) {
            uses.merge(ref.attribute().id(), 1, Integer::sum);
        }
        e.children().forEach(c -> countUses(c, uses));
    }
}
