package io.minispark.physical;

import io.minispark.logical.Attribute;
import java.util.List;

/**
 * UNION ALL: passes on every row of every input. Each input is an exchange with the same number of
 * partitions, so a job of the stage reads its partition of every input, one input after another.
 */
public record UnionExec(List<PhysicalPlan> inputs, List<Attribute> output) implements PhysicalPlan {
    public UnionExec {
        inputs = List.copyOf(inputs);
        output = List.copyOf(output);
    }

    @Override
    public List<PhysicalPlan> children() {
        return inputs;
    }

    @Override
    public PhysicalPlan withChildren(List<PhysicalPlan> children) {
        return new UnionExec(children, output);
    }

    @Override
    public String describe() {
        return "Union(inputs: " + inputs.size() + ")";
    }
}
