package io.minispark.logical;

import java.util.List;

/**
 * UNION ALL: every row of every input. The inputs have as many columns as the output, of the same
 * types (the analyzer casts them); the output columns are the union's own, named after the first
 * input's. UNION, INTERSECT and EXCEPT are built from it with aggregations.
 */
public record Union(List<LogicalPlan> inputs, List<Attribute> output) implements LogicalPlan {
    public Union {
        inputs = List.copyOf(inputs);
        output = List.copyOf(output);
    }

    @Override
    public List<LogicalPlan> children() {
        return inputs;
    }

    @Override
    public LogicalPlan withChildren(List<LogicalPlan> children) {
        return new Union(children, output);
    }

    @Override
    public String describe() {
        return "Union";
    }
}
