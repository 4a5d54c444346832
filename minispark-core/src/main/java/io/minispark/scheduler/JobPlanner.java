package io.minispark.scheduler;

import io.minispark.exchange.ShuffleBlock;
import io.minispark.io.ScanSplit;
import io.minispark.io.TableFormat;
import io.minispark.io.TableRef;
import io.minispark.io.TableScans;
import io.minispark.physical.BroadcastReadExec;
import io.minispark.physical.PhysicalPlan;
import io.minispark.physical.ScanExec;
import io.minispark.physical.ShuffleReadExec;
import io.minispark.physical.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the jobs of a stage from what earlier stages wrote: one job per split of the stage's scan,
 * or one job per partition of its shuffle inputs, each also handed every broadcast block it reads.
 */
final class JobPlanner {
    private static final int JOBS_PER_WORKER = 4;

    private JobPlanner() {
    }

    /**
     * @param outputs for each finished stage, partition → the blocks its jobs wrote for that partition
     */
    static List<Job> jobs(Stage stage, Map<Integer, Map<Integer, List<ShuffleBlock>>> outputs, int partitionCount, int blocksPerSplit,
                          int parallelism) {
        List<ScanExec> scans = new ArrayList<>();
        List<Integer> shuffleStages = new ArrayList<>();
        List<Integer> broadcastStages = new ArrayList<>();
        collectLeaves(stage.root(), scans, shuffleStages, broadcastStages);
        Map<Integer, List<ShuffleBlock>> broadcastBlocks = new HashMap<>();
        for (int id : broadcastStages) {
            List<ShuffleBlock> all = new ArrayList<>();
            outputs.getOrDefault(id, Map.of()).values().forEach(all::addAll);
            broadcastBlocks.put(id, all);
        }
        List<Job> jobs = new ArrayList<>();
        if (!scans.isEmpty()) {
            if (scans.size() > 1 || !shuffleStages.isEmpty()) {
                throw new IllegalStateException("stage " + stage.id() + " has more than one streaming input");
            }
            for (ScanSplit split : scanSplits(scans.get(0).table(), blocksPerSplit, parallelism)) {
                jobs.add(new ScanJob(stage.id(), jobs.size(), split, broadcastBlocks));
            }
            return jobs;
        }
        for (int partition = 0; partition < partitionCount; partition++) {
            Map<Integer, List<ShuffleBlock>> shuffleBlocks = new HashMap<>();
            for (int id : shuffleStages) {
                shuffleBlocks.put(id, outputs.getOrDefault(id, Map.of()).getOrDefault(partition, List.of()));
            }
            jobs.add(new ShuffleReadJob(stage.id(), partition, shuffleBlocks, broadcastBlocks));
        }
        return jobs;
    }

    /**
     * Splits of a fixed number of blocks, or (0) enough blocks each for about four jobs per worker. The
     * table's part files are listed once.
     */
    private static List<ScanSplit> scanSplits(TableRef table, int blocksPerSplit, int parallelism) {
        if (table.format() != TableFormat.NATIVE) {
            return TableScans.splits(table, Math.max(1, blocksPerSplit));
        }
        List<TableScans.PartBlocks> parts = TableScans.partBlocks(table);
        if (blocksPerSplit > 0) {
            return TableScans.splits(parts, blocksPerSplit);
        }
        int blocks = parts.stream().mapToInt(TableScans.PartBlocks::blocks).sum();
        int wanted = Math.max(1, JOBS_PER_WORKER * parallelism);
        return TableScans.splits(parts, blocks <= wanted ? 1 : (blocks + wanted - 1) / wanted);
    }

    private static void collectLeaves(PhysicalPlan node, List<ScanExec> scans, List<Integer> shuffles, List<Integer> broadcasts) {
        switch (node) {
            case ScanExec s -> scans.add(s);
            case ShuffleReadExec s -> shuffles.add(s.stageId());
            case BroadcastReadExec b -> broadcasts.add(b.stageId());
            default -> node.children().forEach(c -> collectLeaves(c, scans, shuffles, broadcasts));
        }
    }
}
