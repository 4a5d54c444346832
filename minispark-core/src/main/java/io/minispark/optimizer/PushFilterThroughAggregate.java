package io.minispark.optimizer;

import io.minispark.logical.Aggregate;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Plans;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Conditions on grouping columns only (a HAVING on a key) are applied before aggregating. */
final class PushFilterThroughAggregate implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        return Plans.transformDown(plan, node -> {
            if (!(node instanceof Filter filter) || !(filter.child() instanceof Aggregate aggregate) || aggregate.groupings().isEmpty()) {
                return node;
            }
            Set<Long> keys = Expressions.ids(aggregate.groupings().stream().map(NamedExpression::output).toList());
            List<Expression> below = new ArrayList<>();
            List<Expression> above = new ArrayList<>();
            for (Expression c : Expressions.splitConjuncts(filter.condition())) {
                Set<Long> refs = Expressions.references(c);
                (keys.containsAll(refs) && !refs.isEmpty() ? below : above).add(c);
            }
            if (below.isEmpty()) {
                return node;
            }
            Substitution keyDefinitions = new Substitution(aggregate.groupings());
            Expression pushed = keyDefinitions.apply(Expressions.conjunction(below));
            LogicalPlan newAggregate = new Aggregate(new Filter(aggregate.child(), pushed), aggregate.groupings(), aggregate.aggregates());
            return above.isEmpty() ? newAggregate : new Filter(newAggregate, Expressions.conjunction(above));
        });
    }
}
