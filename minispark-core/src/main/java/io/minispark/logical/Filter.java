package io.minispark.logical;

import java.util.List;

/** Keeps the rows for which the condition is TRUE (not FALSE, not NULL). */
public record Filter(LogicalPlan child, Expression condition) implements LogicalPlan {
    @Override
    public List<Attribute> output() {
        return child.output();
    }

    @Override
    public List<LogicalPlan> children() {
        return List.of(child);
    }

    @Override
    public LogicalPlan withChildren(List<LogicalPlan> c) {
        return new Filter(c.get(0), condition);
    }

    @Override
    public String describe() {
        return "Filter(" + condition + ")";
    }
}
