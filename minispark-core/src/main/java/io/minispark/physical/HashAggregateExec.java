package io.minispark.physical;

import io.minispark.logical.Attribute;
import io.minispark.logical.NamedExpression;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Groups rows in a hash table. In PARTIAL mode {@code output} is the keys then each aggregate's state
 * columns; in FINAL mode the input is that layout and {@code output} the keys then final values.
 */
public record HashAggregateExec(PhysicalPlan child, List<NamedExpression> groupings, List<NamedExpression> aggregates,
                                AggregateMode mode, List<Attribute> output) implements PhysicalPlan {
    public HashAggregateExec {
        groupings = List.copyOf(groupings);
        aggregates = List.copyOf(aggregates);
        output = List.copyOf(output);
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withChildren(List<PhysicalPlan> c) {
        return new HashAggregateExec(c.get(0), groupings, aggregates, mode, output);
    }

    @Override
    public String describe() {
        return "HashAggregate(group_by: " + groupings.stream().map(Object::toString).collect(Collectors.joining(", "))
                + ", agg: " + aggregates.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"))
                + ", mode: " + mode.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
