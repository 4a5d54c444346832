package io.minispark.tpch;

import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.result.Row;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The TPC-H benchmark: makes sure the data of a scale factor is there (generating it if not), runs each
 * chosen query on minispark once to warm up and then a number of timed runs, optionally does the same
 * on DuckDB in this JVM with as many threads, and reports median and minimum wall times, the ratio
 * ours/DuckDB per query and the geometric mean of the ratios, as text, Markdown and a PNG bar chart.
 *
 * <p>A run's time is the wall time from the SQL text to the last row fetched, on both engines. A query
 * that fails or times out on minispark, or whose answer differs from DuckDB's, becomes a row saying so
 * and is left out of the geometric mean; the benchmark itself goes on.
 */
public final class TpchBenchmark {
    /** What to run. {@code markdown} is where the Markdown table goes; the chart goes next to it as .png. */
    public record Options(double scaleFactor, Path dir, List<Integer> queries, int runs, EngineKind engine, int threads,
            boolean compareDuckDb, Path markdown, Duration timeout, Path trace) {
        /** Options without a trace. */
        public Options(double scaleFactor, Path dir, List<Integer> queries, int runs, EngineKind engine, int threads,
                boolean compareDuckDb, Path markdown, Duration timeout) {
            this(scaleFactor, dir, queries, runs, engine, threads, compareDuckDb, markdown, timeout, null);
        }

        public Options {
            if (runs < 1) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "--runs must be at least 1, got " + runs);
            }
            if (threads < 1) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "--threads must be at least 1, got " + threads);
            }
            if (queries.isEmpty()) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "no queries to run");
            }
        }

        /** The threads both engines use: 1 for the sequential engine. */
        public int effectiveThreads() {
            return engine == EngineKind.SEQUENTIAL ? 1 : threads;
        }

        public Path chart() {
            String name = markdown.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return markdown.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".png");
        }
    }

    /** The wall times of the timed runs of one query on one engine, in nanoseconds. */
    public record Timing(long[] nanos) {
        public double medianMs() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            return median / 1e6;
        }

        public double minMs() {
            return Arrays.stream(nanos).min().orElseThrow() / 1e6;
        }
    }

    /**
     * What happened to one query: the timings on each engine (null when it failed or did not run there),
     * the failure, and a mismatch between the answers when both ran.
     */
    public record Outcome(int query, Timing ours, String oursError, Timing duckDb, String duckDbError, String mismatch) {
        /** ours / DuckDB by median, or NaN when the query does not count (failed, wrong, or not compared). */
        public double ratio() {
            return counts() ? ours.medianMs() / duckDb.medianMs() : Double.NaN;
        }

        public boolean counts() {
            return ours != null && duckDb != null && mismatch == null;
        }
    }

    /** The benchmark's results. */
    public record Report(Options options, String duckDbVersion, List<Outcome> outcomes) {
        /** The geometric mean of the ratios of the queries that count, or NaN when none does. */
        public double geomean() {
            double logSum = 0;
            int n = 0;
            for (Outcome o : outcomes) {
                if (o.counts()) {
                    logSum += Math.log(o.ratio());
                    n++;
                }
            }
            return n == 0 ? Double.NaN : Math.exp(logSum / n);
        }
    }

    private final Options options;

    public TpchBenchmark(Options options) {
        this.options = options;
    }

    /** Runs the benchmark, printing progress and the result table to {@code out}; the last line is the geomean when comparing. */
    public Report run(PrintWriter out) {
        ensureData(out);
        List<Outcome> outcomes = new ArrayList<>();
        List<List<List<Object>>> ourAnswers = new ArrayList<>();
        out.printf("minispark: %s engine, %d thread%s; %d timed run%s after 1 warm-up per query%n",
                options.engine().name().toLowerCase(Locale.ROOT), options.effectiveThreads(), options.effectiveThreads() == 1 ? "" : "s",
                options.runs(), options.runs() == 1 ? "" : "s");
        out.flush();
        List<Timing> ours = new ArrayList<>();
        List<String> oursErrors = new ArrayList<>();
        Session.Builder builder = Session.builder().dataDir(options.dir()).engine(options.engine()).threads(options.threads());
        if (options.trace() != null) {
            builder.traceFile(options.trace());
        }
        try (Session session = builder.build()) {
            for (int q : options.queries()) {
                Measured measured = measureOurs(session, q);
                ours.add(measured.timing());
                oursErrors.add(measured.error());
                ourAnswers.add(measured.answer());
                out.printf("  %s %s%n", TpchQueries.label(q), measured.timing() != null
                        ? String.format(Locale.ROOT, "median %.1f ms", measured.timing().medianMs()) : "failed: " + measured.error());
                out.flush();
            }
        }
        String version = null;
        List<Timing> duck = new ArrayList<>();
        List<String> duckErrors = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        if (options.compareDuckDb()) {
            try (DuckDbTpch duckDb = new DuckDbTpch(options.effectiveThreads())) {
                version = duckDbVersion(duckDb);
                long loadNanos = duckDb.load(options.dir());
                out.printf("DuckDB %s: %d thread%s, tables loaded from CSV in %.1f s%n", version, options.effectiveThreads(),
                        options.effectiveThreads() == 1 ? "" : "s", loadNanos / 1e9);
                out.flush();
                for (int i = 0; i < options.queries().size(); i++) {
                    int q = options.queries().get(i);
                    Measured measured = measureDuckDb(duckDb, q);
                    duck.add(measured.timing());
                    duckErrors.add(measured.error());
                    List<List<Object>> mine = ourAnswers.get(i);
                    mismatches.add(mine == null || measured.answer() == null ? null
                            : AnswerComparison.difference(measured.answer(), mine, TpchQueries.isOrdered(q)));
                    out.printf("  %s %s%n", TpchQueries.label(q), measured.timing() != null
                            ? String.format(Locale.ROOT, "median %.1f ms", measured.timing().medianMs()) : "failed: " + measured.error());
                    out.flush();
                }
            }
        }
        for (int i = 0; i < options.queries().size(); i++) {
            outcomes.add(new Outcome(options.queries().get(i), ours.get(i), oursErrors.get(i),
                    options.compareDuckDb() ? duck.get(i) : null, options.compareDuckDb() ? duckErrors.get(i) : null,
                    options.compareDuckDb() ? mismatches.get(i) : null));
        }
        Report report = new Report(options, version, outcomes);
        printTable(report, out);
        writeFiles(report, out);
        out.printf("peak heap used by the whole run: %d MB (max heap %d MB)%n", PeakHeap.usedBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        if (options.compareDuckDb()) {
            out.println("geomean ratio ours/duckdb: " + formatRatio(report.geomean()));
        }
        out.flush();
        return report;
    }

    private record Measured(Timing timing, String error, List<List<Object>> answer) {
    }

    private void ensureData(PrintWriter out) {
        Set<TpchGenerator.Format> formats = options.compareDuckDb()
                ? EnumSet.of(TpchGenerator.Format.NATIVE, TpchGenerator.Format.CSV) : EnumSet.of(TpchGenerator.Format.NATIVE);
        TpchGenerator generator = new TpchGenerator(options.scaleFactor(), Runtime.getRuntime().availableProcessors());
        if (generator.isGenerated(options.dir(), formats)) {
            out.printf("TPC-H SF %s data found in %s%n", scale(options.scaleFactor()), options.dir());
            return;
        }
        Double existing = TpchGenerator.generatedScaleFactor(options.dir());
        if (existing != null && existing != options.scaleFactor()) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, options.dir() + " holds TPC-H SF " + scale(existing)
                    + " data, not SF " + scale(options.scaleFactor()) + "; choose another --dir or the matching --sf");
        }
        out.printf("generating TPC-H SF %s into %s (%s)%n", scale(options.scaleFactor()), options.dir(),
                formats.size() == 2 ? "native tables for minispark, CSV for DuckDB" : "native tables");
        out.flush();
        long start = System.nanoTime();
        generator.generate(options.dir(), formats, result -> {
            out.printf("  %-9s %,13d rows %10.1f MB %8.2f s%n", result.table(), result.rows(), result.bytes() / 1e6, result.seconds());
            out.flush();
        });
        out.printf("  generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private Measured measureOurs(Session session, int query) {
        String sql = TpchQueries.text(query);
        List<List<Object>> answer;
        try {
            answer = runOurs(session, sql);
        } catch (RuntimeException e) {
            return new Measured(null, describe(e), null);
        }
        long[] nanos = new long[options.runs()];
        for (int r = 0; r < nanos.length; r++) {
            long start = System.nanoTime();
            try {
                runOurs(session, sql);
            } catch (RuntimeException e) {
                return new Measured(null, describe(e), null);
            }
            nanos[r] = System.nanoTime() - start;
        }
        return new Measured(new Timing(nanos), null, answer);
    }

    /** One run of a query on minispark, cancelled when it takes longer than the timeout. */
    private List<List<Object>> runOurs(Session session, String sql) {
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "tpch-query");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<List<List<Object>>> future = runner.submit(() -> {
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : session.sql(sql).collect()) {
                    rows.add(row.values());
                }
                return rows;
            });
            try {
                return future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                session.cancelAll();
                future.cancel(true);
                throw new MinisparkException(ErrorCode.CANCELLED, "timed out after " + options.timeout().toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                session.cancelAll();
                throw new MinisparkException(ErrorCode.CANCELLED, "interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
            }
        } finally {
            runner.shutdownNow();
            try {
                // A cancelled query stops at its next batch; wait a little so it does not overlap the next run.
                runner.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Measured measureDuckDb(DuckDbTpch duckDb, int query) {
        String sql = TpchQueries.text(query);
        try {
            List<List<Object>> answer = duckDb.query(sql);
            long[] nanos = new long[options.runs()];
            for (int r = 0; r < nanos.length; r++) {
                long start = System.nanoTime();
                duckDb.query(sql);
                nanos[r] = System.nanoTime() - start;
            }
            return new Measured(new Timing(nanos), null, answer);
        } catch (SQLException | RuntimeException e) {
            return new Measured(null, describe(e), null);
        }
    }

    private static String duckDbVersion(DuckDbTpch duckDb) {
        try {
            return String.valueOf(duckDb.query("SELECT version()").get(0).get(0));
        } catch (SQLException e) {
            return "(unknown version)";
        }
    }

    private void printTable(Report report, PrintWriter out) {
        boolean compare = options.compareDuckDb();
        out.println();
        out.printf("TPC-H SF %s results (wall ms)%n", scale(options.scaleFactor()));
        out.println(compare
                ? String.format(Locale.ROOT, "%-5s %12s %12s %12s %12s", "query", "ours median", "ours min", "duckdb median", "ours/duckdb")
                : String.format(Locale.ROOT, "%-5s %12s %12s", "query", "ours median", "ours min"));
        for (Outcome o : report.outcomes()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-5s ", TpchQueries.label(o.query())));
            if (o.ours() == null) {
                line.append(String.format(Locale.ROOT, "%12s %12s", "failed", "-"));
            } else {
                line.append(String.format(Locale.ROOT, "%12.1f %12.1f", o.ours().medianMs(), o.ours().minMs()));
            }
            if (compare) {
                line.append(o.duckDb() == null ? String.format(Locale.ROOT, " %13s", "failed")
                        : String.format(Locale.ROOT, " %13.1f", o.duckDb().medianMs()));
                line.append(o.counts() ? String.format(Locale.ROOT, " %12.2f", o.ratio()) : String.format(Locale.ROOT, " %12s", "-"));
            }
            String note = note(o);
            if (note != null) {
                line.append("  ").append(note);
            }
            out.println(line);
        }
        if (compare) {
            List<String> excluded = report.outcomes().stream().filter(o -> !o.counts()).map(o -> TpchQueries.label(o.query())).toList();
            long counted = report.outcomes().size() - excluded.size();
            out.printf("geometric mean over %d quer%s that ran correctly on both engines%s%n", counted, counted == 1 ? "y" : "ies",
                    excluded.isEmpty() ? "" : "; excluded (failed or wrong answer): " + String.join(", ", excluded));
        }
    }

    private static String note(Outcome o) {
        if (o.oursError() != null) {
            return "minispark failed: " + o.oursError();
        }
        if (o.duckDbError() != null) {
            return "DuckDB failed: " + o.duckDbError();
        }
        if (o.mismatch() != null) {
            return "WRONG ANSWER: " + shorten(o.mismatch(), 200);
        }
        return null;
    }

    private void writeFiles(Report report, PrintWriter out) {
        Path markdown = options.markdown();
        try {
            Path parent = markdown.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(markdown, markdown(report), StandardCharsets.UTF_8);
            out.println("results: " + markdown);
        } catch (IOException e) {
            out.println("results not written to " + markdown + ": " + e.getMessage());
        }
        try {
            chart(report).writePng(options.chart(), 1000, 500);
            out.println("chart: " + options.chart());
        } catch (IOException | RuntimeException | Error e) {
            // A machine without fonts can fail to draw text; the numbers are already printed and saved.
            out.println("chart not written to " + options.chart() + ": " + e);
        }
    }

    /** The result table in Markdown, with the settings above it and the chart below. */
    String markdown(Report report) {
        boolean compare = options.compareDuckDb();
        StringBuilder md = new StringBuilder();
        md.append("# TPC-H benchmark, SF ").append(scale(options.scaleFactor())).append("\n\n");
        md.append("- minispark: ").append(options.engine().name().toLowerCase(Locale.ROOT)).append(" engine, ")
                .append(options.effectiveThreads()).append(" thread(s)\n");
        if (compare) {
            md.append("- DuckDB ").append(report.duckDbVersion()).append(" (JDBC, same JVM): ").append(options.effectiveThreads())
                    .append(" thread(s), tables loaded from the same generated data\n");
        }
        md.append("- ").append(options.runs()).append(" timed run(s) per query after 1 warm-up; wall time in ms from SQL text to last row\n");
        md.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB\n\n");
        md.append(compare ? "| query | ours median | ours min | DuckDB median | DuckDB min | ours/DuckDB | note |\n"
                + "|---|---:|---:|---:|---:|---:|---|\n"
                : "| query | ours median | ours min | note |\n|---|---:|---:|---|\n");
        for (Outcome o : report.outcomes()) {
            md.append("| ").append(TpchQueries.label(o.query())).append(" | ");
            md.append(o.ours() == null ? "failed | - | " : String.format(Locale.ROOT, "%.1f | %.1f | ", o.ours().medianMs(), o.ours().minMs()));
            if (compare) {
                md.append(o.duckDb() == null ? "failed | - | "
                        : String.format(Locale.ROOT, "%.1f | %.1f | ", o.duckDb().medianMs(), o.duckDb().minMs()));
                md.append(o.counts() ? String.format(Locale.ROOT, "%.2f", o.ratio()) : "-").append(" | ");
            }
            String note = note(o);
            md.append(note == null ? "" : shorten(note, 300).replace("|", "\\|").replace('\n', ' ')).append(" |\n");
        }
        if (compare) {
            long counted = report.outcomes().stream().filter(Outcome::counts).count();
            md.append("\nGeometric mean of ours/DuckDB over the ").append(counted)
                    .append(" queries that ran correctly on both: **").append(formatRatio(report.geomean())).append("**");
            List<String> excluded = report.outcomes().stream().filter(o -> !o.counts()).map(o -> TpchQueries.label(o.query())).toList();
            if (!excluded.isEmpty()) {
                md.append(" (excluded: ").append(String.join(", ", excluded)).append(")");
            }
            md.append("\n");
        }
        md.append("\n![ours vs DuckDB per query](").append(options.chart().getFileName()).append(")\n");
        return md.toString();
    }

    private BarChart chart(Report report) {
        List<String> labels = report.outcomes().stream().map(o -> TpchQueries.label(o.query())).toList();
        double[] oursMs = report.outcomes().stream().mapToDouble(o -> o.ours() == null ? Double.NaN : o.ours().medianMs()).toArray();
        List<BarChart.Series> series = new ArrayList<>();
        series.add(new BarChart.Series("minispark (" + options.engine().name().toLowerCase(Locale.ROOT) + ")", new Color(0xE4, 0x6C, 0x0A), oursMs));
        if (options.compareDuckDb()) {
            double[] duckMs = report.outcomes().stream().mapToDouble(o -> o.duckDb() == null ? Double.NaN : o.duckDb().medianMs()).toArray();
            series.add(new BarChart.Series("DuckDB", new Color(0x1F, 0x5F, 0xA8), duckMs));
        }
        String title = String.format(Locale.ROOT, "TPC-H SF %s, median wall time per query, %d thread(s)", scale(options.scaleFactor()),
                options.effectiveThreads());
        return new BarChart(title, "milliseconds (log scale)", labels, series);
    }

    static String formatRatio(double ratio) {
        return Double.isNaN(ratio) ? "NaN" : String.format(Locale.ROOT, "%.3f", ratio);
    }

    private static String describe(Throwable e) {
        String message = e instanceof MinisparkException m ? m.getMessage() : e.toString();
        String code = e instanceof MinisparkException m ? m.code() + ": " : "";
        return shorten(code + (message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("")), 160);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    private static String scale(double scaleFactor) {
        return java.math.BigDecimal.valueOf(scaleFactor).stripTrailingZeros().toPlainString();
    }
}
