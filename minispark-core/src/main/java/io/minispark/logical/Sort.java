package io.minispark.logical;

import java.util.List;
import java.util.stream.Collectors;

/** Orders all rows by the keys. */
public record Sort(LogicalPlan child, List<SortOrder> orders) implements LogicalPlan {
    public Sort {
        orders = List.copyOf(orders);
    }

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
        return new Sort(c.get(0), orders);
    }

    @Override
    public String describe() {
        return "Sort(" + orders.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }
}
