package io.minispark.api;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.PlanPrinter;
import io.minispark.optimizer.Optimizer;
import io.minispark.physical.PhysicalPlan;
import io.minispark.physical.PhysicalPlanner;
import io.minispark.physical.PlannerSettings;
import io.minispark.physical.Stage;
import io.minispark.physical.StagePrinter;
import io.minispark.physical.StageSplitter;
import io.minispark.result.QueryResult;
import io.minispark.scheduler.Driver;
import io.minispark.scheduler.JobResult;
import io.minispark.scheduler.QueryContext;
import io.minispark.scheduler.StageRun;
import io.minispark.trace.QueryTracer;
import io.minispark.trace.TraceRecorder;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.exec.MemoryBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One query's journey after analysis: optimized logical plan, physical plan, stages, and running
 * them. Each step is computed once, on first use.
 */
public final class QueryExecution {
    private final Session session;
    private final LogicalPlan analyzed;
    private LogicalPlan optimized;
    private List<String> firedRules;
    private PhysicalPlan physical;
    private List<Stage> stages;
    private TraceRecorder trace;

    QueryExecution(Session session, LogicalPlan analyzed) {
        this.session = session;
        this.analyzed = analyzed;
        this.trace = session.trace();
    }

    /** Records this query's phases, stages and jobs into {@code recorder} instead of the session's trace. */
    public QueryExecution traceInto(TraceRecorder recorder) {
        this.trace = recorder;
        return this;
    }

    /** Where this query's spans go ({@link TraceRecorder#off()} when not tracing); add spans such as "compile" here. */
    public TraceRecorder trace() {
        return trace;
    }

    public LogicalPlan analyzed() {
        return analyzed;
    }

    public LogicalPlan optimized() {
        if (optimized == null) {
            try (TraceRecorder.Span span = trace.span("optimize")) {
                Optimizer optimizer = new Optimizer(session.config().disabledRules());
                optimized = optimizer.optimize(analyzed);
                firedRules = optimizer.firedRules();
            }
        }
        return optimized;
    }

    /** The optimizer rules that changed the plan. */
    public List<String> firedRules() {
        optimized();
        return firedRules;
    }

    public PhysicalPlan physical() {
        if (physical == null) {
            LogicalPlan logical = optimized();
            try (TraceRecorder.Span span = trace.span("plan")) {
                SessionConfig c = session.config();
                physical = new PhysicalPlanner(new PlannerSettings(c.shufflePartitions(), c.broadcastJoins(), c.broadcastThresholdBytes()))
                        .plan(logical);
            }
        }
        return physical;
    }

    public List<Stage> stages() {
        if (stages == null) {
            PhysicalPlan plan = physical();
            try (TraceRecorder.Span span = trace.span("split stages")) {
                stages = StageSplitter.split(plan);
            }
        }
        return stages;
    }

    /** The output schema users see: unqualified column names. */
    public Schema schema() {
        return new Schema(analyzed.output().stream().map(a -> new Field(a.name(), a.type(), a.nullable())).toList());
    }

    public String explain() {
        return "== Logical Plan ==\n" + PlanPrinter.print(analyzed)
                + "\n== Optimized Logical Plan ==\n" + PlanPrinter.print(optimized())
                + "\n== Physical Plan ==\n" + physicalPlanText();
    }

    /** The stages as EXPLAIN prints them; when the session compiles stages, each says whether it is compiled. */
    private String physicalPlanText() {
        String text = StagePrinter.print(stages());
        return session.config().compilesStages() ? io.minispark.codegen.CodegenExplain.annotate(text, stages()) : text;
    }

    /** The generated Java source of every stage (EXPLAIN CODEGEN). */
    public String explainCodegen() {
        return io.minispark.codegen.CodegenExplain.sources(stages());
    }

    public QueryResult execute(Driver.StageListener listener) {
        SessionConfig config = session.config();
        Path queryDir = config.tempDir().resolve("minispark-" + UUID.randomUUID());
        try {
            Files.createDirectories(queryDir);
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot create the query folder " + queryDir + ": " + e.getMessage(), e);
        }
        Driver.StageListener listeners = trace.enabled() ? Driver.StageListener.both(listener, new QueryTracer(trace, session.engine().parallelism())) : listener;
        QueryContext context = new QueryContext(queryDir, config.batchSize(), new MemoryBudget(config.memoryLimitBytes()),
                new AtomicBoolean(), listeners);
        session.trackRunning(context);
        try {
            List<Stage> plan = stages();
            List<StageRun> runs;
            try {
                runs = new Driver(session.engine(), config.blocksPerSplit()).run(plan, context, listeners);
            } finally {
                context.shared().close();
            }
            List<String> files = new ArrayList<>();
            for (JobResult job : runs.get(runs.size() - 1).jobs()) {
                files.addAll(job.output().files().values());
            }
            return new QueryResult(schema(), files, runs, () -> {
                session.untrackRunning(context);
                deleteRecursively(queryDir);
            });
        } catch (RuntimeException | Error e) {
            session.untrackRunning(context);
            deleteRecursively(queryDir);
            throw e;
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
