package io.minispark.physical;

import io.minispark.logical.Attribute;
import java.io.Serializable;
import java.util.List;

/**
 * A pipeline between two shuffle barriers: producer (scan or shuffle read) → operators → writer.
 * Plain data: a stage can be shipped to another process and run there, one job per input split.
 */
public record Stage(int id, PhysicalPlan root, StageOutput output, List<Integer> inputStages) implements Serializable {
    public Stage {
        inputStages = List.copyOf(inputStages);
    }

    public List<Attribute> schema() {
        return root.output();
    }
}
