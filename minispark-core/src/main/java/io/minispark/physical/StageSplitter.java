package io.minispark.physical;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a physical plan into stages at its exchanges. Each exchange's input becomes a stage that
 * writes shuffle blocks; the exchange itself becomes a read of those blocks in the stage above. Stages
 * are numbered in the order they must run.
 */
public final class StageSplitter {
    private final List<Stage> stages = new ArrayList<>();

    private StageSplitter() {
    }

    public static List<Stage> split(PhysicalPlan root) {
        StageSplitter splitter = new StageSplitter();
        List<Integer> inputs = new ArrayList<>();
        PhysicalPlan last = splitter.cut(root, inputs);
        splitter.stages.add(new Stage(splitter.stages.size(), last, new StageOutput.Result(), inputs));
        return List.copyOf(splitter.stages);
    }

    private PhysicalPlan cut(PhysicalPlan node, List<Integer> inputsOfCurrentStage) {
        if (node instanceof ExchangeExec exchange) {
            List<Integer> inputs = new ArrayList<>();
            PhysicalPlan body = cut(exchange.child(), inputs);
            int id = stages.size();
            stages.add(new Stage(id, body, new StageOutput.Shuffle(exchange.partitioning()), inputs));
            inputsOfCurrentStage.add(id);
            return exchange.partitioning() instanceof Partitioning.Broadcast
                    ? new BroadcastReadExec(id, exchange.output())
                    : new ShuffleReadExec(id, exchange.output());
        }
        List<PhysicalPlan> children = node.children();
        if (children.isEmpty()) {
            return node;
        }
        List<PhysicalPlan> newChildren = new ArrayList<>();
        for (PhysicalPlan c : children) {
            newChildren.add(cut(c, inputsOfCurrentStage));
        }
        return node.withChildren(newChildren);
    }
}
