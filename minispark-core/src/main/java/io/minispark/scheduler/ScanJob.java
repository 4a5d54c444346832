package io.minispark.scheduler;

import io.minispark.exchange.ShuffleBlock;
import io.minispark.exec.pipeline.JobInputs;
import io.minispark.io.ScanSplit;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a block range of a table file through a stage's pipeline. */
public record ScanJob(int stageId, int index, ScanSplit split, Map<Integer, List<ShuffleBlock>> broadcastBlocks) implements Job {
    public ScanJob {
        broadcastBlocks = Map.copyOf(broadcastBlocks);
    }

    @Override
    public JobInputs inputs() {
        return new JobInputs(split, new HashMap<>(broadcastBlocks));
    }

    @Override
    public String describe() {
        return "ScanJob(file=" + Path.of(split.path()).getFileName() + ", blocks=" + split.firstBlock() + ".." + (split.endBlock() - 1) + ")";
    }
}
