package io.minispark.trace;

import io.minispark.codegen.StageCompilation;
import io.minispark.exec.OperatorStats;
import io.minispark.exec.pipeline.JobOutput;
import io.minispark.physical.PhysicalPlan;
import io.minispark.physical.ScanExec;
import io.minispark.physical.Stage;
import io.minispark.scheduler.Driver;
import io.minispark.scheduler.Job;
import io.minispark.scheduler.JobResult;
import io.minispark.scheduler.ScanJob;
import io.minispark.scheduler.ShuffleReadJob;
import io.minispark.scheduler.StageRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a query's stages (on the driver track) and jobs (on the track of the worker that ran each)
 * into a recorder. One event per stage and per job; the figures come from what the job reported, so
 * nothing is counted per row. A worker process (later) would record its jobs with its own instance
 * into its own recorder and ship the fragment.
 */
public final class QueryTracer implements Driver.StageListener {
    private final TraceRecorder recorder;
    // Which pre-order plan positions of the running stage are table scans; jobs of one stage at a time run.
    private volatile boolean[] scanNodes = new boolean[0];

    /**
     * A tracer for an engine of {@code workers} workers. Every worker gets its named track up front,
     * so a worker that ran no job of a short query still shows as an (empty) row of the timeline.
     */
    public QueryTracer(TraceRecorder recorder, int workers) {
        this.recorder = recorder;
        for (int worker = 0; worker < workers; worker++) {
            recorder.nameTrack(TraceRecorder.workerTrack(worker), "worker " + worker);
        }
    }

    @Override
    public void stageStarted(Stage stage, List<Job> jobs) {
        List<Boolean> scans = new ArrayList<>();
        collectScans(stage.root(), scans);
        boolean[] flags = new boolean[scans.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = scans.get(i);
        }
        scanNodes = flags;
    }

    private static void collectScans(PhysicalPlan node, List<Boolean> scans) {
        scans.add(node instanceof ScanExec);
        node.children().forEach(child -> collectScans(child, scans));
    }

    @Override
    public void jobFinished(JobResult result) {
        long track = TraceRecorder.workerTrack(result.workerId());
        recorder.nameTrack(track, "worker " + result.workerId());
        JobOutput output = result.output();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("stage", result.job().stageId());
        args.put("job", result.job().index());
        if (result.job() instanceof ShuffleReadJob) {
            args.put("partition", result.job().index());
        }
        args.put("kind", kind(result));
        args.put("worker", result.workerId());
        args.put("rows_in", output.rowsRead());
        if (result.job() instanceof ScanJob) {
            args.put("rows_scanned", rowsScanned(output));
        }
        args.put("bytes_in", output.bytesRead());
        args.put("rows_out", output.rowsWritten());
        args.put("bytes_out", output.bytesWritten());
        recorder.complete(track, "job " + result.job().stageId() + "." + result.job().index(), "job",
                result.startNanos(), result.endNanos(), args);
    }

    /** Rows the job's table scan read, without the broadcast or shuffle rows it also read. */
    private long rowsScanned(JobOutput output) {
        long rows = 0;
        for (OperatorStats stats : output.operators()) {
            if (stats.node() >= 0 && stats.node() < scanNodes.length && scanNodes[stats.node()]) {
                rows += stats.rowsIn();
            }
        }
        return rows;
    }

    private static String kind(JobResult result) {
        return switch (result.job()) {
            case ScanJob s -> "scan";
            case ShuffleReadJob s -> s.shuffleBlocks().size() == 2 ? "join" : "shuffle read";
        };
    }

    /**
     * A span on the compiler track, before the stage's jobs (often while an earlier stage runs):
     * generating and compiling (or finding) its class.
     */
    @Override
    public void stageCompiled(StageCompilation compilation, long startNanos, long endNanos) {
        recorder.nameTrack(TraceRecorder.COMPILER_TRACK, "stage compiler");
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("stage", compilation.stageId());
        if (compilation.compiled()) {
            args.put("class", compilation.className());
            args.put("cached", compilation.cacheHit());
            args.put("compile_ms", compilation.compileNanos() / 1e6);
        } else {
            args.put("interpreted", compilation.reason());
        }
        recorder.complete(TraceRecorder.COMPILER_TRACK, "compile stage " + compilation.stageId(), "compile", startNanos,
                endNanos, args);
    }

    @Override
    public void stageFinished(StageRun run) {
        Stage stage = run.stage();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("stage", stage.id());
        args.put("jobs", run.jobs().size());
        args.put("rows_in", run.rowsRead());
        args.put("rows_out", run.rowsWritten());
        args.put("bytes_out", run.jobs().stream().mapToLong(j -> j.output().bytesWritten()).sum());
        recorder.complete(TraceRecorder.DRIVER_TRACK, "stage " + stage.id(), "stage", run.startNanos(), run.endNanos(), args);
    }
}
