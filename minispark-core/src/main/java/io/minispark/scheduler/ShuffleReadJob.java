package io.minispark.scheduler;

import io.minispark.exec.pipeline.JobInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads partition {@code index} of one or two upstream stages' shuffle files (two for a join), plus
 * any broadcast files, through a stage's pipeline.
 */
public record ShuffleReadJob(int stageId, int index, Map<Integer, List<String>> shuffleFiles,
                             Map<Integer, List<String>> broadcastFiles) implements Job {
    public ShuffleReadJob {
        shuffleFiles = Map.copyOf(shuffleFiles);
        broadcastFiles = Map.copyOf(broadcastFiles);
    }

    @Override
    public JobInputs inputs() {
        Map<Integer, List<String>> files = new HashMap<>(broadcastFiles);
        files.putAll(shuffleFiles);
        return new JobInputs(null, files);
    }

    @Override
    public String describe() {
        List<Integer> stages = new ArrayList<>(shuffleFiles.keySet());
        stages.sort(null);
        if (stages.size() == 2) {
            return "JoinJob(left_shuffle_files=" + names(shuffleFiles.get(stages.get(0)))
                    + ", right_shuffle_files=" + names(shuffleFiles.get(stages.get(1))) + ", partition=" + index + ")";
        }
        List<String> all = new ArrayList<>();
        stages.forEach(s -> all.addAll(shuffleFiles.get(s)));
        return "LoadShuffleFilesJob(files=" + names(all) + ", partition=" + index + ")";
    }

    private static String names(List<String> files) {
        return files.stream().map(f -> {
            Path p = Path.of(f);
            return p.getParent() == null ? p.toString() : p.getParent().getFileName() + "/" + p.getFileName();
        }).collect(Collectors.joining(", ", "[", "]"));
    }
}
