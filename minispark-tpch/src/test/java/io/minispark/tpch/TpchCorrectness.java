package io.minispark.tpch;

import static org.junit.jupiter.api.Assertions.fail;

import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.result.Row;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The TPC-H answer check shared by the scale-factor test classes: generates the data once (native
 * tables for minispark, CSV for DuckDB), then runs each of the 22 queries on minispark with one engine
 * and compares its answer with DuckDB's on the same data.
 *
 * <p>Queries that need a SQL feature minispark does not have yet are listed in {@link #KNOWN_GAPS} with
 * the feature: when such a query fails, its test is reported as aborted (skipped) with the feature and
 * the actual error, so the gap stays visible in every run; when it passes, the summary says the entry
 * can go. Every other query must match DuckDB or its test fails.
 */
final class TpchCorrectness implements AutoCloseable {
    /** Query number to the missing feature it needs; remove entries as the features land. */
    static final Map<Integer, String> KNOWN_GAPS = Map.of();

    private final Path dir;
    private final Duration timeout;
    private final Map<Integer, String> gaps;
    private final DuckDbTpch duckDb;
    private final Map<Integer, List<List<Object>>> expected = new ConcurrentHashMap<>();
    private final Map<String, String> outcomes = new TreeMap<>();

    /**
     * Generates the data of the scale factor into {@code dir} and loads DuckDB. {@code extraGaps} adds
     * gaps that show only at this scale (a plan too slow for the timeout, say) to {@link #KNOWN_GAPS}.
     */
    TpchCorrectness(double scaleFactor, Path dir, Duration timeout, Map<Integer, String> extraGaps) {
        this.dir = dir;
        this.timeout = timeout;
        Map<Integer, String> all = new TreeMap<>(KNOWN_GAPS);
        extraGaps.forEach((q, why) -> all.merge(q, why, (a, b) -> a + "; " + b));
        this.gaps = Map.copyOf(all);
        new TpchGenerator(scaleFactor, Math.max(1, Runtime.getRuntime().availableProcessors()))
                .generate(dir, EnumSet.allOf(TpchGenerator.Format.class), result -> { });
        duckDb = new DuckDbTpch(1);
        duckDb.load(dir);
    }

    /** One test per query, on the given engine. */
    Stream<DynamicTest> tests(EngineKind engine) {
        return TpchQueries.all().stream().map(q -> DynamicTest.dynamicTest(
                TpchQueries.label(q) + " " + engine.name().toLowerCase(java.util.Locale.ROOT), () -> check(q, engine)));
    }

    private void check(int query, EngineKind engine) throws Exception {
        String key = engine.name().toLowerCase(java.util.Locale.ROOT) + " " + TpchQueries.label(query);
        String problem;
        try {
            problem = difference(query, engine);
        } catch (Throwable e) {
            if (e instanceof Error error && !(e instanceof AssertionError)) {
                throw error;
            }
            problem = "failed: " + e;
        }
        String gap = gaps.get(query);
        synchronized (outcomes) {
            outcomes.put(key, problem == null ? (gap == null ? "pass" : "pass (listed as a gap: remove it from KNOWN_GAPS)")
                    : (gap == null ? "FAIL: " + problem : "gap: needs " + gap));
        }
        if (problem != null) {
            if (gap != null) {
                Assumptions.abort(TpchQueries.label(query) + " needs " + gap + "; now: " + problem);
            }
            fail(TpchQueries.label(query) + " on " + engine + ": " + problem);
        }
    }

    private String difference(int query, EngineKind engine) throws Exception {
        String sql = TpchQueries.text(query);
        List<List<Object>> reference = expected.get(query);
        if (reference == null) {
            reference = duckDb.query(sql);
            expected.put(query, reference);
        }
        List<List<Object>> actual = run(sql, engine);
        return AnswerComparison.difference(reference, actual, TpchQueries.isOrdered(query));
    }

    /** The query's rows on minispark; a run longer than the timeout is cancelled and fails. */
    private List<List<Object>> run(String sql, EngineKind engine) throws Exception {
        // Several shuffle partitions on two threads exercise the exchanges even on small data.
        try (Session session = Session.builder().dataDir(dir).engine(engine).threads(2).shufflePartitions(4).build()) {
            ExecutorService runner = Executors.newSingleThreadExecutor();
            try {
                Future<List<List<Object>>> rows = runner.submit(() -> {
                    List<List<Object>> out = new ArrayList<>();
                    for (Row row : session.sql(sql).collect()) {
                        out.add(row.values());
                    }
                    return out;
                });
                try {
                    return rows.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // Cancel the query itself, so it stops using the CPU the next tests need.
                    session.cancelAll();
                    throw new AssertionError("took longer than " + timeout.toSeconds() + " s");
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            } finally {
                runner.shutdownNow();
                runner.awaitTermination(1, TimeUnit.MINUTES);
            }
        }
    }

    /** The outcome of every query run so far, one line each, for the test log. */
    String summary(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        List<String> passed = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        synchronized (outcomes) {
            outcomes.forEach((key, outcome) -> {
                out.append("  ").append(key).append(": ").append(outcome).append('\n');
                (outcome.startsWith("pass") ? passed : outcome.startsWith("gap") ? gaps : failed).add(key);
            });
        }
        out.append("  passed ").append(passed.size()).append(", known gaps ").append(gaps.size())
                .append(", failed ").append(failed.size()).append(failed.isEmpty() ? "" : ": " + failed).append('\n');
        return out.toString();
    }

    @Override
    public void close() {
        duckDb.close();
    }
}
