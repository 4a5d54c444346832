package io.minispark.logical;

import java.util.List;
import java.util.stream.Collectors;

/** Computes one output column per named expression. */
public record Project(LogicalPlan child, List<NamedExpression> projections) implements LogicalPlan {
    public Project {
        projections = List.copyOf(projections);
    }

    @Override
    public List<Attribute> output() {
        return projections.stream().map(NamedExpression::output).toList();
    }

    @Override
    public List<LogicalPlan> children() {
        return List.of(child);
    }

    @Override
    public LogicalPlan withChildren(List<LogicalPlan> c) {
        return new Project(c.get(0), projections);
    }

    @Override
    public String describe() {
        return "Project(" + projections.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }
}
