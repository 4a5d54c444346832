package io.minispark.logical;

import java.util.List;

/** Skips {@code offset} rows, then keeps at most {@code limit} rows ({@code -1}: no limit). */
public record Limit(LogicalPlan child, long limit, long offset) implements LogicalPlan {
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
        return new Limit(c.get(0), limit, offset);
    }

    @Override
    public String describe() {
        return "Limit(" + (limit < 0 ? "ALL" : limit) + (offset > 0 ? ", offset " + offset : "") + ")";
    }
}
