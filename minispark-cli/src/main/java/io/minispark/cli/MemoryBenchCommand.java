package io.minispark.cli;

import static io.minispark.api.functions.avg;
import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.max;
import static io.minispark.api.functions.min;
import static io.minispark.api.functions.sum;

import io.minispark.api.DataFrame;
import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.result.QueryResult;
import io.minispark.scheduler.StageRun;
import io.minispark.vector.Batch;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minispark bench memory}: generates a table of several GB (once) and aggregates it, printing
 * time, throughput and the JVM's peak heap. Run it with a small heap to show that scans, filters,
 * projections and partial aggregation stay bounded by the batch size:
 * {@code MINISPARK_JAVA_OPTS=-Xmx256m ./minispark bench memory --dir /tmp/big --gb 4}.
 */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Generate a multi-GB table and aggregate it; prints time, throughput and peak heap.")
final class MemoryBenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Where the generated table is kept (reused if present).")
    Path dir;

    @Option(names = "--gb", defaultValue = "4", paramLabel = "GB", description = "Table size on disk in GB (default: ${DEFAULT-VALUE}).")
    double gigabytes;

    @Option(names = "--engine", defaultValue = "threads", paramLabel = "ENGINE", description = "sequential or threads (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--trace", paramLabel = "FILE", description = "Record a Chrome trace of the query into FILE.")
    Path trace;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N", description = "Run the query N times; prints each time (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws IOException {
        Path table = dir.resolve("synthetic");
        if (!Files.isDirectory(table)) {
            long rows = (long) (gigabytes * 1e9 / SyntheticTable.BYTES_PER_ROW);
            long start = System.nanoTime();
            SyntheticTable.write(table, rows, 65_536);
            out().printf("generated %,d rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
        }
        out().printf("table: %s, %.2f GB on disk%n", table, sizeOf(table) / 1e9);
        out().printf("max heap: %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        resetPeaks();
        Session.Builder builder = Session.builder().dataDir(dir).engine(EngineKind.parse(engine));
        if (trace != null) {
            builder.traceFile(trace);
        }
        try (Session session = builder.build()) {
            for (int run = 1; run <= repeat; run++) {
                runOnce(session);
            }
        }
        out().printf("peak heap used: %d MB%n", peakHeap() >> 20);
        return 0;
    }

    private void runOnce(Session session) {
        DataFrame query = session.table("synthetic")
                .filter(col("amount").gt(10.0))
                .withColumn("value", col("amount").multiply(col("quantity")))
                .groupBy(col("key"))
                .agg(count().alias("rows"), sum(col("value")).alias("total"), avg(col("quantity")).alias("avg_quantity"),
                        min(col("day")).alias("first_day"), max(col("category")).alias("last_category"));
        long start = System.nanoTime();
        long groups = 0;
        long scanned = 0;
        try (QueryResult result = query.queryExecution().execute(io.minispark.scheduler.Driver.StageListener.NONE)) {
            for (Batch batch : result) {
                groups += batch.rowCount();
            }
            scanned = result.stages().get(0).rowsRead();
            double seconds = (System.nanoTime() - start) / 1e9;
            out().printf("query: filter + project + group by key (1000 groups) with count, sum, avg, min, max%n");
            out().printf("engine: %s, %d workers%n", session.engine().name(), session.engine().parallelism());
            for (StageRun stage : result.stages()) {
                out().printf("  stage %d: %d jobs, %,d rows read, %,d rows written%n", stage.stage().id(),
                        stage.jobs().size(), stage.rowsRead(), stage.rowsWritten());
            }
            out().printf("rows scanned: %,d, groups: %d%n", scanned, groups);
            out().printf("time: %.2f s, %.1f M rows/s%n", seconds, scanned / seconds / 1e6);
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since the reset: an upper bound of the live heap at any moment. */
    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
