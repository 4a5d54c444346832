package io.minispark.physical;

import io.minispark.logical.Attribute;
import io.minispark.logical.NamedExpression;
import java.util.List;
import java.util.stream.Collectors;

/** Computes one output column per named expression. */
public record ProjectExec(PhysicalPlan child, List<NamedExpression> projections) implements PhysicalPlan {
    public ProjectExec {
        projections = List.copyOf(projections);
    }

    @Override
    public List<Attribute> output() {
        return projections.stream().map(NamedExpression::output).toList();
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withChildren(List<PhysicalPlan> c) {
        return new ProjectExec(c.get(0), projections);
    }

    @Override
    public String describe() {
        return "Project(" + projections.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }
}
