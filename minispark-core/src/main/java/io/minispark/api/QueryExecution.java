package io.minispark.api;

import io.minispark.exchange.ExchangeBuffers;
import io.minispark.exchange.ShuffleBlock;
import io.minispark.exec.SharedBuilds;
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

    /**
     * Runs the query's stages. Stage outputs stay in the query's exchange buffers while they fit (see
     * {@link SessionConfig#exchangeMemoryBytes()}); the query's folder of per-worker files is created
     * only when some output goes to a file. Closing the result frees both.
     */
    public QueryResult execute(Driver.StageListener listener) {
        SessionConfig config = session.config();
        Path queryDir = config.tempDir().resolve("minispark-" + UUID.randomUUID());
        Driver.StageListener listeners = trace.enabled() ? Driver.StageListener.both(listener, new QueryTracer(trace, session.engine().parallelism())) : listener;
        MemoryBudget budget = new MemoryBudget(config.memoryLimitBytes());
        ExchangeBuffers exchange = config.exchangeMemoryBytes() > 0 ? new ExchangeBuffers(config.exchangeMemoryBytes(), budget) : null;
        QueryContext context = new QueryContext(queryDir, config.batchSize(), budget, new AtomicBoolean(), listeners,
                new SharedBuilds(), exchange);
        Runnable cleanup = () -> {
            session.untrackRunning(context);
            if (exchange != null) {
                exchange.close();
            }
            deleteRecursively(queryDir);
        };
        session.trackRunning(context);
        try {
            List<Stage> plan = stages();
            List<StageRun> runs;
            try {
                runs = new Driver(session.engine(), config.blocksPerSplit()).run(plan, context, listeners);
            } finally {
                context.shared().close();
            }
            List<ShuffleBlock> blocks = new ArrayList<>();
            for (JobResult job : runs.get(runs.size() - 1).jobs()) {
                blocks.addAll(job.output().blocks().values());
            }
            return new QueryResult(schema(), blocks, exchange, runs, cleanup);
        } catch (RuntimeException | Error e) {
            cleanup.run();
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
