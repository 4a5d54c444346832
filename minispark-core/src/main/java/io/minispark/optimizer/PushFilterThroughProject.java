package io.minispark.optimizer;

import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Plans;
import io.minispark.logical.Project;

/** Filter(Project(x)) becomes Project(Filter(x)), the condition rewritten in terms of x's columns. */
final class PushFilterThroughProject implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        return Plans.transformDown(plan, node -> {
            if (node instanceof Filter filter && filter.child() instanceof Project project
                    && project.projections().stream().noneMatch(n -> Expressions.containsAggregate(n.expression()))) {
                return new Project(new Filter(project.child(), new Substitution(project.projections()).apply(filter.condition())),
                        project.projections());
            }
            return node;
        });
    }
}
