package io.minispark.exec.pipeline;

import io.minispark.exchange.ShuffleBlock;
import io.minispark.io.ScanSplit;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one job reads: the table split its scan covers (null when the stage has no scan) and, per
 * upstream stage, the blocks of its partition (or all blocks of a broadcast).
 */
public record JobInputs(ScanSplit split, Map<Integer, List<ShuffleBlock>> blocksByStage) implements Serializable {
    public JobInputs {
        blocksByStage = Map.copyOf(blocksByStage);
    }

    public List<ShuffleBlock> blocks(int stageId) {
        return blocksByStage.getOrDefault(stageId, List.of());
    }
}
