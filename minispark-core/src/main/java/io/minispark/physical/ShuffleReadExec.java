package io.minispark.physical;

import io.minispark.logical.Attribute;
import java.util.List;

/** Reads the files of one partition written by an upstream stage. */
public record ShuffleReadExec(int stageId, List<Attribute> output) implements PhysicalPlan {
    public ShuffleReadExec {
        output = List.copyOf(output);
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of();
    }

    @Override
    public PhysicalPlan withChildren(List<PhysicalPlan> children) {
        return this;
    }

    @Override
    public String describe() {
        return "LoadShuffleFiles(stage " + stageId + ")";
    }
}
