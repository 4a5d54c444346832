package io.minispark.trace;

import io.minispark.exec.OperatorStats;
import io.minispark.physical.PhysicalPlan;
import io.minispark.physical.Stage;
import io.minispark.scheduler.JobResult;
import io.minispark.scheduler.StageRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one query run, per stage (jobs, rows, bytes, durations, skew) and per operator:
 * what EXPLAIN ANALYZE prints, for tests and benchmarks. Built from the jobs' reported results, so it
 * works the same whichever engine (or process) ran them.
 */
public record QueryMetrics(long wallNanos, List<StageMetrics> stages) {
    public QueryMetrics {
        stages = List.copyOf(stages);
    }

    public static QueryMetrics of(List<StageRun> runs) {
        List<StageMetrics> stages = runs.stream().map(QueryMetrics::stage).toList();
        long wall = runs.isEmpty() ? 0 : runs.get(runs.size() - 1).endNanos() - runs.get(0).startNanos();
        return new QueryMetrics(wall, stages);
    }

    /** The stage with that id; fails when the query had none. */
    public StageMetrics stage(int id) {
        return stages.stream().filter(s -> s.stageId() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + id));
    }

    public int jobs() {
        return stages.stream().mapToInt(StageMetrics::jobs).sum();
    }

    static StageMetrics stage(StageRun run) {
        long[] durations = run.jobs().stream().mapToLong(JobResult::durationNanos).sorted().toArray();
        long slowest = durations.length == 0 ? 0 : durations[durations.length - 1];
        long median = durations.length == 0 ? 0 : (durations[(durations.length - 1) / 2] + durations[durations.length / 2]) / 2;
        long bytesIn = run.jobs().stream().mapToLong(j -> j.output().bytesRead()).sum();
        long bytesOut = run.jobs().stream().mapToLong(j -> j.output().bytesWritten()).sum();
        return new StageMetrics(run.stage().id(), run.jobs().size(), run.rowsRead(), bytesIn, run.rowsWritten(), bytesOut,
                run.endNanos() - run.startNanos(), slowest, median, operators(run));
    }

    /** Every node's figures summed over the stage's jobs; nodes no job reported get zeros. */
    private static List<OperatorFigures> operators(StageRun run) {
        Map<Integer, OperatorStats> summed = new HashMap<>();
        for (JobResult job : run.jobs()) {
            for (OperatorStats stats : job.output().operators()) {
                summed.merge(stats.node(), stats, OperatorStats::plus);
            }
        }
        List<OperatorFigures> figures = new ArrayList<>();
        Stage stage = run.stage();
        collect(stage.root(), 0, summed, figures);
        figures.add(OperatorFigures.of("Writer", 0,
                summed.getOrDefault(OperatorStats.WRITER, new OperatorStats(OperatorStats.WRITER, 0, 0, 0, 0, 0))));
        return figures;
    }

    private static void collect(PhysicalPlan node, int depth, Map<Integer, OperatorStats> summed, List<OperatorFigures> out) {
        int id = out.size();
        out.add(OperatorFigures.of(kind(node), depth, summed.getOrDefault(id, new OperatorStats(id, 0, 0, 0, 0, 0))));
        node.children().forEach(child -> collect(child, depth + 1, summed, out));
    }

    /** A node's kind as EXPLAIN names it: its description up to the first parenthesis. */
    static String kind(PhysicalPlan node) {
        String text = node.describe();
        int cut = text.indexOf('(');
        return (cut < 0 ? text : text.substring(0, cut)).strip();
    }

    @Override
    public String toString() {
        return "QueryMetrics" + Arrays.toString(stages.toArray());
    }
}
