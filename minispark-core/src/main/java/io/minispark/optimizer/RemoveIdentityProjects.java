package io.minispark.optimizer;

import io.minispark.logical.Attribute;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Plans;
import io.minispark.logical.Project;
import java.util.List;

/** A Project that passes its input through unchanged, column for column, is removed. */
final class RemoveIdentityProjects implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        return Plans.transformUp(plan, node -> node instanceof Project p && isIdentity(p) ? p.child() : node);
    }

    private static boolean isIdentity(Project p) {
        List<Attribute> input = p.child().output();
        if (input.size() != p.projections().size()) {
            return false;
        }
        for (int i = 0; i < input.size(); i++) {
            var n = p.projections().get(i);
            if (!n.isPassThrough() || n.output().id() != input.get(i).id()
                    || !java.util.Objects.equals(n.output().qualifiedName(), input.get(i).qualifiedName())) {
                return false;
            }
        }
        return true;
    }
}
