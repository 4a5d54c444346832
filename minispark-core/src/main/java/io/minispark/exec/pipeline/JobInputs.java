package io.minispark.exec.pipeline;

import io.minispark.io.ScanSplit;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one job reads: the table split its scan covers (null when the stage has no scan) and, per
 * upstream stage, the files of its partition (or all broadcast files).
 */
public record JobInputs(ScanSplit split, Map<Integer, List<String>> filesByStage) implements Serializable {
    public JobInputs {
        filesByStage = Map.copyOf(filesByStage);
    }

    public List<String> files(int stageId) {
        return filesByStage.getOrDefault(stageId, List.of());
    }
}
