package io.minispark.physical;

import io.minispark.logical.Attribute;
import io.minispark.logical.Expression;
import java.util.List;

/** Keeps rows whose condition is TRUE. */
public record FilterExec(PhysicalPlan child, Expression condition) implements PhysicalPlan {
    @Override
    public List<Attribute> output() {
        return child.output();
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withChildren(List<PhysicalPlan> c) {
        return new FilterExec(c.get(0), condition);
    }

    @Override
    public String describe() {
        return "Filter(" + condition + ")";
    }
}
