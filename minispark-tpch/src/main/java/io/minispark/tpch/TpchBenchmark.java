package io.minispark.tpch;

import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.codegen.CodegenMode;
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
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The TPC-H benchmark: makes sure the data of a scale factor is there (generating it if not), runs each
 * chosen query on minispark once to warm up and then a number of timed runs, optionally does the same
 * on DuckDB in this JVM with as many threads, and reports median and minimum wall times, the ratio
 * ours/DuckDB per query and the geometric mean of the ratios, as text, Markdown and a PNG bar chart.
 *
 * <p>A run's time is the wall time from the SQL text to the last row fetched, on both engines. A query
 * that fails or times out on minispark, or whose answer differs from DuckDB's, becomes a row saying so
 * and is left out of the geometric mean; the benchmark itself goes on.
 *
 * <p>minispark's stages run compiled ({@link Codegen#ON}, the default), interpreted ({@link Codegen#OFF}),
 * or both ways ({@link Codegen#BOTH}): then each query is warmed up and timed in a compiled and an
 * interpreted session of this JVM (sharing the decoded-block cache), their timed runs alternating so that
 * drift affects both alike, and the speedup compiled/interpreted is reported beside the DuckDB ratio.
 * "Ours" is always the compiled run, except with {@link Codegen#OFF}.
 */
public final class TpchBenchmark {
    /** How minispark's stages run: compiled, interpreted, or each query both ways. */
    public enum Codegen {
        ON, OFF, BOTH;

        /** Parses {@code on}, {@code off} or {@code both} (any case). */
        public static Codegen parse(String text) {
            for (Codegen choice : values()) {
                if (choice.name().equalsIgnoreCase(text.trim())) {
                    return choice;
                }
            }
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "--codegen must be on, off or both, not \"" + text + "\"");
        }

        /** The mode of the runs called "ours": interpreted with OFF, compiled otherwise. */
        CodegenMode ours() {
            return this == OFF ? CodegenMode.OFF : CodegenMode.ON;
        }

        String describe() {
            return switch (this) {
                case ON -> "codegen on (compiled stages)";
                case OFF -> "codegen off (interpreted stages)";
                case BOTH -> "codegen both (each query compiled and interpreted, timed runs alternating)";
            };
        }
    }

    /**
     * What to run. {@code markdown} is where the Markdown table goes; the chart goes next to it as .png.
     * With {@link Codegen#BOTH} a trace of the interpreted runs goes next to {@code trace} (see {@link #interpretedTrace()}).
     */
    public record Options(double scaleFactor, Path dir, List<Integer> queries, int runs, EngineKind engine, int threads,
            boolean compareDuckDb, Path markdown, Duration timeout, Path trace, Codegen codegen, int warmups) {
        /** Options with one warm-up run per query. */
        public Options(double scaleFactor, Path dir, List<Integer> queries, int runs, EngineKind engine, int threads,
                boolean compareDuckDb, Path markdown, Duration timeout, Path trace, Codegen codegen) {
            this(scaleFactor, dir, queries, runs, engine, threads, compareDuckDb, markdown, timeout, trace, codegen, 1);
        }

        /** Options with compiled stages. */
        public Options(double scaleFactor, Path dir, List<Integer> queries, int runs, EngineKind engine, int threads,
                boolean compareDuckDb, Path markdown, Duration timeout, Path trace) {
            this(scaleFactor, dir, queries, runs, engine, threads, compareDuckDb, markdown, timeout, trace, Codegen.ON);
        }

        /** Options with compiled stages and without a trace. */
        public Options(double scaleFactor, Path dir, List<Integer> queries, int runs, EngineKind engine, int threads,
                boolean compareDuckDb, Path markdown, Duration timeout) {
            this(scaleFactor, dir, queries, runs, engine, threads, compareDuckDb, markdown, timeout, null);
        }

        public Options {
            codegen = codegen == null ? Codegen.ON : codegen;
            if (runs < 1) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "--runs must be at least 1, got " + runs);
            }
            if (warmups < 1) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "--warmup must be at least 1 (its answer is the one "
                        + "checked), got " + warmups);
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

        public boolean both() {
            return codegen == Codegen.BOTH;
        }

        public Path chart() {
            return sibling(markdown, "", ".png");
        }

        /** Where the trace of the interpreted runs goes with {@link Codegen#BOTH}: {@code trace} with "-interpreted" before its extension. */
        public Path interpretedTrace() {
            return sibling(trace, "-interpreted", null);
        }

        /** {@code file}'s sibling named like it with {@code suffix} after the base name and {@code extension} (null: its own). */
        private static Path sibling(Path file, String suffix, String extension) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            return file.resolveSibling(base + suffix + (extension != null ? extension : name.substring(base.length())));
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
     * the failure, and a mismatch between the answers when both ran; with {@link Codegen#BOTH} also the
     * interpreted run's timing, failure and mismatch with the compiled ("ours") answer.
     */
    public record Outcome(int query, Timing ours, String oursError, Timing duckDb, String duckDbError, String mismatch,
            Timing interpreted, String interpretedError, String interpretedMismatch) {
        /** An outcome without an interpreted run. */
        public Outcome(int query, Timing ours, String oursError, Timing duckDb, String duckDbError, String mismatch) {
            this(query, ours, oursError, duckDb, duckDbError, mismatch, null, null, null);
        }

        /** ours / DuckDB by median, or NaN when the query does not count (failed, wrong, or not compared). */
        public double ratio() {
            return counts() ? ours.medianMs() / duckDb.medianMs() : Double.NaN;
        }

        public boolean counts() {
            return ours != null && duckDb != null && mismatch == null;
        }

        /** interpreted / compiled by median, or NaN when the query does not count (failed, wrong, or not run both ways). */
        public double speedup() {
            return speedupCounts() ? interpreted.medianMs() / ours.medianMs() : Double.NaN;
        }

        public boolean speedupCounts() {
            return ours != null && interpreted != null && interpretedMismatch == null;
        }
    }

    /** The benchmark's results. */
    public record Report(Options options, String duckDbVersion, List<Outcome> outcomes) {
        /** The geometric mean of the ratios ours/DuckDB of the queries that count, or NaN when none does. */
        public double geomean() {
            return geometricMean(Outcome::counts, Outcome::ratio);
        }

        /** The geometric mean of the speedups compiled/interpreted of the queries that count, or NaN when none does. */
        public double speedupGeomean() {
            return geometricMean(Outcome::speedupCounts, Outcome::speedup);
        }

        private double geometricMean(Predicate<Outcome> counts, ToDoubleFunction<Outcome> value) {
            double logSum = 0;
            int n = 0;
            for (Outcome o : outcomes) {
                if (counts.test(o)) {
                    logSum += Math.log(value.applyAsDouble(o));
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

    /**
     * Runs the benchmark, printing progress and the result table to {@code out}; the last line is the
     * geomean ours/DuckDB when comparing, preceded by the geomean speedup compiled/interpreted with
     * {@link Codegen#BOTH} (the last line without DuckDB).
     */
    public Report run(PrintWriter out) {
        ensureData(out);
        out.printf("minispark: %s engine, %d thread%s, %s; %d timed run%s after %d warm-up%s per query%n",
                options.engine().name().toLowerCase(Locale.ROOT), options.effectiveThreads(), options.effectiveThreads() == 1 ? "" : "s",
                options.codegen().describe(), options.runs(), options.runs() == 1 ? "" : "s", options.warmups(),
                options.warmups() == 1 ? "" : "s");
        out.flush();
        List<Measured> ours = new ArrayList<>();
        List<Measured> interpreted = new ArrayList<>();
        try (Session oursSession = session(options.codegen().ours(), options.trace());
                Session interpretedSession = options.both()
                        ? session(CodegenMode.OFF, options.trace() == null ? null : options.interpretedTrace()) : null) {
            List<Session> sessions = interpretedSession == null ? List.of(oursSession) : List.of(oursSession, interpretedSession);
            for (int q : options.queries()) {
                List<Measured> measured = measureOurs(sessions, q);
                ours.add(measured.get(0));
                if (options.both()) {
                    interpreted.add(measured.get(1));
                    out.printf("  %s compiled %s, interpreted %s%n", TpchQueries.label(q), progress(measured.get(0)), progress(measured.get(1)));
                } else {
                    out.printf("  %s %s%n", TpchQueries.label(q), progress(measured.get(0)));
                }
                out.flush();
            }
        }
        String version = null;
        List<Measured> duck = new ArrayList<>();
        if (options.compareDuckDb()) {
            try (DuckDbTpch duckDb = new DuckDbTpch(options.effectiveThreads())) {
                version = duckDbVersion(duckDb);
                long loadNanos = duckDb.load(options.dir());
                out.printf("DuckDB %s: %d thread%s, tables loaded from CSV in %.1f s%n", version, options.effectiveThreads(),
                        options.effectiveThreads() == 1 ? "" : "s", loadNanos / 1e9);
                out.flush();
                for (int q : options.queries()) {
                    Measured measured = measureDuckDb(duckDb, q);
                    duck.add(measured);
                    out.printf("  %s %s%n", TpchQueries.label(q), progress(measured));
                    out.flush();
                }
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < options.queries().size(); i++) {
            int q = options.queries().get(i);
            Measured mine = ours.get(i);
            Measured theirs = options.compareDuckDb() ? duck.get(i) : Measured.NOT_RUN;
            Measured other = options.both() ? interpreted.get(i) : Measured.NOT_RUN;
            outcomes.add(new Outcome(q, mine.timing(), mine.error(), theirs.timing(), theirs.error(), difference(theirs, mine, q),
                    other.timing(), other.error(), difference(mine, other, q)));
        }
        Report report = new Report(options, version, outcomes);
        printTable(report, out);
        writeFiles(report, out);
        out.printf("peak heap used by the whole run: %d MB (max heap %d MB)%n", PeakHeap.usedBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        if (options.both()) {
            out.println("geomean speedup compiled/interpreted: " + formatRatio(report.speedupGeomean()));
        }
        if (options.compareDuckDb()) {
            out.println("geomean ratio ours/duckdb: " + formatRatio(report.geomean()));
        }
        out.flush();
        return report;
    }

    /** A query's timed runs on one engine, or its failure; NOT_RUN when it was not run there. */
    private record Measured(Timing timing, String error, List<List<Object>> answer) {
        static final Measured NOT_RUN = new Measured(null, null, null);
    }

    private Session session(CodegenMode codegen, Path trace) {
        Session.Builder builder = Session.builder().dataDir(options.dir()).engine(options.engine()).threads(options.threads())
                .codegen(codegen);
        if (trace != null) {
            builder.traceFile(trace);
        }
        return builder.build();
    }

    private static String progress(Measured measured) {
        return measured.timing() != null
                ? String.format(Locale.ROOT, "median %.1f ms", measured.timing().medianMs()) : "failed: " + measured.error();
    }

    /** How {@code actual}'s answer differs from {@code expected}'s, or null when they agree or one has none. */
    private static String difference(Measured expected, Measured actual, int query) {
        return expected.answer() == null || actual.answer() == null ? null
                : AnswerComparison.difference(expected.answer(), actual.answer(), TpchQueries.isOrdered(query));
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

    /**
     * Warms a query up ({@code warmups} runs) in every session, then times it {@code runs} times in each,
     * the sessions taking turns run by run. One measurement per session, in order; a session whose run
     * fails is not run again for this query. The first warm-up's answer is the one checked.
     */
    private List<Measured> measureOurs(List<Session> sessions, int query) {
        String sql = TpchQueries.text(query);
        int n = sessions.size();
        List<List<List<Object>>> answers = new ArrayList<>();
        String[] errors = new String[n];
        long[][] nanos = new long[n][options.runs()];
        for (int s = 0; s < n; s++) {
            answers.add(null);
        }
        for (int w = 0; w < options.warmups(); w++) {
            for (int s = 0; s < n; s++) {
                if (errors[s] != null) {
                    continue;
                }
                try {
                    List<List<Object>> answer = runOurs(sessions.get(s), sql).rows();
                    if (w == 0) {
                        answers.set(s, answer);
                    }
                } catch (RuntimeException e) {
                    errors[s] = describe(e);
                }
            }
        }
        for (int r = 0; r < options.runs(); r++) {
            for (int s = 0; s < n; s++) {
                if (errors[s] != null) {
                    continue;
                }
                try {
                    nanos[s][r] = runOurs(sessions.get(s), sql).nanos();
                } catch (RuntimeException e) {
                    errors[s] = describe(e);
                }
            }
        }
        List<Measured> measured = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            measured.add(errors[s] != null ? new Measured(null, errors[s], null) : new Measured(new Timing(nanos[s]), null, answers.get(s)));
        }
        return measured;
    }

    /** A query's answer and its wall time from the SQL text to the last row (result closed). */
    private record OurRun(List<List<Object>> rows, long nanos) {
    }

    /**
     * One run of a query on minispark, cancelled when it takes longer than the timeout. It runs on a
     * thread of its own so it can be abandoned; the time is taken on that thread, so starting and
     * stopping it is not counted (DuckDB's runs have no such thread either).
     */
    private OurRun runOurs(Session session, String sql) {
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "tpch-query");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<OurRun> future = runner.submit(() -> {
                long start = System.nanoTime();
                List<Row> result = session.sql(sql).collect();
                long nanos = System.nanoTime() - start;
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : result) {
                    rows.add(row.values());
                }
                return new OurRun(rows, nanos);
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
            for (int w = 1; w < options.warmups(); w++) {
                duckDb.query(sql);
            }
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
        boolean both = options.both();
        out.println();
        out.printf("TPC-H SF %s results (wall ms)%n", scale(options.scaleFactor()));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-5s %12s %12s", "query", "ours median", "ours min"));
        if (compare) {
            header.append(String.format(Locale.ROOT, " %12s %12s", "duckdb median", "ours/duckdb"));
        }
        if (both) {
            header.append(String.format(Locale.ROOT, " %13s %15s", "interp median", "compiled/interp"));
        }
        out.println(header);
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
            if (both) {
                line.append(o.interpreted() == null ? String.format(Locale.ROOT, " %13s", "failed")
                        : String.format(Locale.ROOT, " %13.1f", o.interpreted().medianMs()));
                line.append(String.format(Locale.ROOT, " %15s", o.speedupCounts() ? formatSpeedup(o.speedup()) : "-"));
            }
            String note = note(o);
            if (note != null) {
                line.append("  ").append(note);
            }
            out.println(line);
        }
        if (compare) {
            printCounted(report, Outcome::counts, "geometric mean", "ran correctly on both engines", out);
        }
        if (both) {
            printCounted(report, Outcome::speedupCounts, "geometric mean speedup", "ran compiled and interpreted with the same answer", out);
        }
    }

    private static void printCounted(Report report, Predicate<Outcome> counts, String what, String how, PrintWriter out) {
        List<String> excluded = excluded(report, counts);
        long counted = report.outcomes().size() - excluded.size();
        out.printf("%s over %d quer%s that %s%s%n", what, counted, counted == 1 ? "y" : "ies", how,
                excluded.isEmpty() ? "" : "; excluded (failed or wrong answer): " + String.join(", ", excluded));
    }

    private static List<String> excluded(Report report, Predicate<Outcome> counts) {
        return report.outcomes().stream().filter(counts.negate()).map(o -> TpchQueries.label(o.query())).toList();
    }

    private static String note(Outcome o) {
        List<String> notes = new ArrayList<>();
        if (o.oursError() != null) {
            notes.add("minispark failed: " + o.oursError());
        } else if (o.duckDbError() != null) {
            notes.add("DuckDB failed: " + o.duckDbError());
        } else if (o.mismatch() != null) {
            notes.add("WRONG ANSWER: " + shorten(o.mismatch(), 200));
        }
        if (o.interpretedError() != null) {
            notes.add("interpreted failed: " + o.interpretedError());
        } else if (o.interpretedMismatch() != null) {
            notes.add("INTERPRETED WRONG ANSWER (vs compiled): " + shorten(o.interpretedMismatch(), 200));
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
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
        boolean both = options.both();
        StringBuilder md = new StringBuilder();
        md.append("# TPC-H benchmark, SF ").append(scale(options.scaleFactor())).append("\n\n");
        md.append("- minispark: ").append(options.engine().name().toLowerCase(Locale.ROOT)).append(" engine, ")
                .append(options.effectiveThreads()).append(" thread(s), ").append(options.codegen().describe()).append("\n");
        if (compare) {
            md.append("- DuckDB ").append(report.duckDbVersion()).append(" (JDBC, same JVM): ").append(options.effectiveThreads())
                    .append(" thread(s), tables loaded from the same generated data\n");
        }
        md.append("- ").append(options.runs()).append(" timed run(s) per query after ").append(options.warmups())
                .append(" warm-up(s); wall time in ms from SQL text to last row\n");
        md.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB\n\n");
        md.append("| query | ours median | ours min |")
                .append(compare ? " DuckDB median | DuckDB min | ours/DuckDB |" : "")
                .append(both ? " interpreted median | interpreted min | compiled/interpreted |" : "")
                .append(" note |\n|---|---:|---:|")
                .append(compare ? "---:|---:|---:|" : "")
                .append(both ? "---:|---:|---:|" : "")
                .append("---|\n");
        for (Outcome o : report.outcomes()) {
            md.append("| ").append(TpchQueries.label(o.query())).append(" | ").append(markdownTimes(o.ours()));
            if (compare) {
                md.append(markdownTimes(o.duckDb())).append(o.counts() ? String.format(Locale.ROOT, "%.2f", o.ratio()) : "-").append(" | ");
            }
            if (both) {
                md.append(markdownTimes(o.interpreted())).append(o.speedupCounts() ? formatSpeedup(o.speedup()) : "-").append(" | ");
            }
            String note = note(o);
            md.append(note == null ? "" : shorten(note, 300).replace("|", "\\|").replace('\n', ' ')).append(" |\n");
        }
        if (compare) {
            markdownGeomean(md, report, Outcome::counts, "Geometric mean of ours/DuckDB", "on both", report.geomean());
        }
        if (both) {
            markdownGeomean(md, report, Outcome::speedupCounts, "Geometric mean speedup compiled/interpreted",
                    "both ways", report.speedupGeomean());
        }
        md.append("\n![ours vs DuckDB per query](").append(options.chart().getFileName()).append(")\n");
        return md.toString();
    }

    private static String markdownTimes(Timing timing) {
        return timing == null ? "failed | - | " : String.format(Locale.ROOT, "%.1f | %.1f | ", timing.medianMs(), timing.minMs());
    }

    private static void markdownGeomean(StringBuilder md, Report report, Predicate<Outcome> counts, String what, String how, double geomean) {
        List<String> excluded = excluded(report, counts);
        md.append("\n").append(what).append(" over the ").append(report.outcomes().size() - excluded.size())
                .append(" queries that ran correctly ").append(how).append(": **").append(formatRatio(geomean)).append("**");
        if (!excluded.isEmpty()) {
            md.append(" (excluded: ").append(String.join(", ", excluded)).append(")");
        }
        md.append("\n");
    }

    private BarChart chart(Report report) {
        List<String> labels = report.outcomes().stream().map(o -> TpchQueries.label(o.query())).toList();
        String engine = options.engine().name().toLowerCase(Locale.ROOT);
        List<BarChart.Series> series = new ArrayList<>();
        series.add(new BarChart.Series("minispark (" + engine + (options.codegen() == Codegen.OFF ? ", interpreted)" : ", compiled)"),
                new Color(0xE4, 0x6C, 0x0A), medians(report, Outcome::ours)));
        if (options.both()) {
            series.add(new BarChart.Series("minispark (" + engine + ", interpreted)", new Color(0x3A, 0x9A, 0x3A),
                    medians(report, Outcome::interpreted)));
        }
        if (options.compareDuckDb()) {
            series.add(new BarChart.Series("DuckDB", new Color(0x1F, 0x5F, 0xA8), medians(report, Outcome::duckDb)));
        }
        String title = String.format(Locale.ROOT, "TPC-H SF %s, median wall time per query, %d thread(s)", scale(options.scaleFactor()),
                options.effectiveThreads());
        return new BarChart(title, "milliseconds (log scale)", labels, series);
    }

    private static double[] medians(Report report, Function<Outcome, Timing> timing) {
        return report.outcomes().stream().mapToDouble(o -> timing.apply(o) == null ? Double.NaN : timing.apply(o).medianMs()).toArray();
    }

    /** A speedup as printed in the tables, e.g. {@code 3.05x}. */
    static String formatSpeedup(double speedup) {
        return String.format(Locale.ROOT, "%.2fx", speedup);
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
