package io.minispark.physical;

import io.minispark.logical.Attribute;
import java.util.List;

/** Skips {@code offset} rows then passes at most {@code limit} ({@code -1}: all). */
public record LimitExec(PhysicalPlan child, long limit, long offset) implements PhysicalPlan {
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
        return new LimitExec(c.get(0), limit, offset);
    }

    @Override
    public String describe() {
        return "Limit(" + (limit < 0 ? "ALL" : limit) + (offset > 0 ? ", offset " + offset : "") + ")";
    }
}
