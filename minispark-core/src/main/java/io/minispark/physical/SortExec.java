package io.minispark.physical;

import io.minispark.logical.Attribute;
import io.minispark.logical.SortOrder;
import java.util.List;
import java.util.stream.Collectors;

/** Sorts all rows of its (single) partition. */
public record SortExec(PhysicalPlan child, List<SortOrder> orders) implements PhysicalPlan {
    public SortExec {
        orders = List.copyOf(orders);
    }

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
        return new SortExec(c.get(0), orders);
    }

    @Override
    public String describe() {
        return "Sort(" + orders.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }
}
