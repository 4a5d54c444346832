package io.minispark.physical;

import io.minispark.logical.Attribute;
import java.util.List;

/** Reads all files an upstream stage broadcast; every job of the stage reads the same rows. */
public record BroadcastReadExec(int stageId, List<Attribute> output) implements PhysicalPlan {
    public BroadcastReadExec {
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
        return "LoadBroadcast(stage " + stageId + ")";
    }
}
