package io.minispark.cli;

import io.minispark.api.DataFrame;
import io.minispark.api.EngineKind;
import io.minispark.api.QueryExecution;
import io.minispark.api.Session;
import io.minispark.result.BoxTable;
import io.minispark.result.QueryResult;
import io.minispark.scheduler.JobResult;
import io.minispark.scheduler.StageRun;
import io.minispark.vector.Batch;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minispark demo}: walks the seed's example the way the seed tells it — the input tables, the
 * DataFrame, the logical plan, the physical plan with its stages, the jobs each stage ran, and the
 * result.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Walk through the seed's example query, from the data to the result.")
final class DemoCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder with users and orders tables (default: the bundled sample data).")
    Path dataDir;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "threads",
            description = "sequential or threads (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--broadcast", description = "Allow broadcast joins (the seed's plan shuffles both sides, so they are off by default here).")
    boolean broadcast;

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.builder().dataDir(dataDir != null ? dataDir : SampleData.directory())
                .engine(EngineKind.parse(engine)).broadcastJoins(broadcast).build()) {
            out.println("== 1) The data ==");
            out.println("### Users");
            out.print(session.table("users").showString(100));
            out.println("### Orders");
            out.print(session.table("orders").showString(100));
            out.println();
            out.println("### Query (the seed's SQL)");
            out.println(SeedExample.SQL);
            out.println();
            out.println("== 2) The query as a DataFrame ==");
            out.println(SeedExample.SOURCE);
            out.println();
            DataFrame df = SeedExample.build(session);
            QueryExecution execution = df.queryExecution();
            out.println("== 3) Logical plan (read bottom-up) ==");
            out.print(io.minispark.logical.PlanPrinter.print(execution.analyzed()));
            out.println();
            out.println("== 3b) After optimization (optimizer rules that fired: "
                    + String.join(", ", execution.firedRules()) + ") ==");
            out.print(io.minispark.logical.PlanPrinter.print(execution.optimized()));
            out.println();
            out.println("== 4) Physical plan: stages split at shuffle barriers ==");
            out.print(io.minispark.physical.StagePrinter.print(execution.stages()));
            out.println();
            try (QueryResult result = execution.execute(io.minispark.scheduler.Driver.StageListener.NONE)) {
                out.println("== 5) Jobs: one per stage and input split, run by the " + session.engine().name()
                        + " engine (" + session.engine().parallelism() + " workers) ==");
                for (StageRun stage : result.stages()) {
                    out.printf("# Stage %d: %d jobs, %.1f ms%n", stage.stage().id(), stage.jobs().size(),
                            (stage.endNanos() - stage.startNanos()) / 1e6);
                    for (JobResult job : stage.jobs()) {
                        out.printf("  %s%n      worker %d, %d rows in, %d rows out, %s, %.2f ms%n",
                                job.job().describe(), job.workerId(), job.output().rowsRead(), job.output().rowsWritten(),
                                blocks(job.output().blocks().values()), job.durationNanos() / 1e6);
                    }
                }
                out.println();
                out.println("== 6) Result, streamed from the last stage's blocks ==");
                BoxTable table = new BoxTable(result.schema());
                for (Batch batch : result) {
                    table.add(batch);
                }
                out.print(table.render());
            }
        }
        return 0;
    }

    /** How many output blocks a job left in memory and how many in files of its worker folder. */
    private static String blocks(java.util.Collection<io.minispark.exchange.ShuffleBlock> blocks) {
        long files = blocks.stream().filter(b -> b instanceof io.minispark.exchange.ShuffleBlock.File).count();
        return (blocks.size() - files) + " blocks in memory, " + files + " files";
    }
}
