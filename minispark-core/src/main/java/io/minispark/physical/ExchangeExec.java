package io.minispark.physical;

import io.minispark.logical.Attribute;
import java.util.List;

/** A shuffle barrier: the child's rows are redistributed by {@code partitioning}. Becomes a stage boundary. */
public record ExchangeExec(PhysicalPlan child, Partitioning partitioning) implements PhysicalPlan {
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
        return new ExchangeExec(c.get(0), partitioning);
    }

    @Override
    public String describe() {
        return "Exchange(" + partitioning + ")";
    }
}
