package io.minispark.scheduler;

import io.minispark.exchange.ShuffleBlock;
import io.minispark.exec.pipeline.JobInputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads partition {@code index} of one or two upstream stages' shuffle blocks (two for a join), plus
 * any broadcast blocks, through a stage's pipeline.
 */
public record ShuffleReadJob(int stageId, int index, Map<Integer, List<ShuffleBlock>> shuffleBlocks,
                             Map<Integer, List<ShuffleBlock>> broadcastBlocks) implements Job {
    public ShuffleReadJob {
        shuffleBlocks = Map.copyOf(shuffleBlocks);
        broadcastBlocks = Map.copyOf(broadcastBlocks);
    }

    @Override
    public JobInputs inputs() {
        Map<Integer, List<ShuffleBlock>> blocks = new HashMap<>(broadcastBlocks);
        blocks.putAll(shuffleBlocks);
        return new JobInputs(null, blocks);
    }

    @Override
    public String describe() {
        List<Integer> stages = new ArrayList<>(shuffleBlocks.keySet());
        stages.sort(null);
        if (stages.size() == 2) {
            return "JoinJob(left_shuffle_files=" + names(shuffleBlocks.get(stages.get(0)))
                    + ", right_shuffle_files=" + names(shuffleBlocks.get(stages.get(1))) + ", partition=" + index + ")";
        }
        List<ShuffleBlock> all = new ArrayList<>();
        stages.forEach(s -> all.addAll(shuffleBlocks.get(s)));
        return "LoadShuffleFilesJob(files=" + names(all) + ", partition=" + index + ")";
    }

    private static String names(List<ShuffleBlock> blocks) {
        return blocks.stream().map(ShuffleBlock::describe).collect(Collectors.joining(", ", "[", "]"));
    }
}
