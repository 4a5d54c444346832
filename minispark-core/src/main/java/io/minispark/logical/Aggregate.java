package io.minispark.logical;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Groups by the grouping expressions and computes the aggregates; output is the grouping columns
 * then the aggregate columns. Every aggregate's expression is an {@link AggregateCall}. Hidden
 * aggregates needed only by HAVING are ordinary entries here, removed by the Project above.
 */
public record Aggregate(LogicalPlan child, List<NamedExpression> groupings, List<NamedExpression> aggregates)
        implements LogicalPlan {
    public Aggregate {
        groupings = List.copyOf(groupings);
        aggregates = List.copyOf(aggregates);
    }

    @Override
    public List<Attribute> output() {
        List<Attribute> out = new ArrayList<>();
        groupings.forEach(g -> out.add(g.output()));
        aggregates.forEach(a -> out.add(a.output()));
        return out;
    }

    @Override
    public List<LogicalPlan> children() {
        return List.of(child);
    }

    @Override
    public LogicalPlan withChildren(List<LogicalPlan> c) {
        return new Aggregate(c.get(0), groupings, aggregates);
    }

    @Override
    public String describe() {
        return "Aggregate(group_by: " + groupings.stream().map(Object::toString).collect(Collectors.joining(", "))
                + ", agg: " + aggregates.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]")) + ")";
    }
}
