package io.minispark.logical;

import java.util.List;

/** Gives the child's columns a new qualifier (a table alias); it computes nothing. */
public record SubqueryAlias(String alias, LogicalPlan child) implements LogicalPlan {
    @Override
    public List<Attribute> output() {
        return child.output().stream().map(a -> a.withQualifier(alias)).toList();
    }

    @Override
    public List<LogicalPlan> children() {
        return List.of(child);
    }

    @Override
    public LogicalPlan withChildren(List<LogicalPlan> c) {
        return new SubqueryAlias(alias, c.get(0));
    }

    @Override
    public String describe() {
        return "SubqueryAlias(" + alias + ")";
    }
}
