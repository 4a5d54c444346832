package io.minispark.tpch;

import io.minispark.api.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures what tracing costs on the TPC-H queries. Separate benchmark runs of one JVM each differ by
 * more than the effect (JIT and page-cache noise), so each query alternates untraced and traced runs
 * in one session and the medians of the two are compared; the geometric mean of the ratios is the
 * overhead.
 */
public final class TraceOverhead {
    private TraceOverhead() {
    }

    /** Prints per-query medians and the geometric mean ratio traced/untraced; returns that ratio. */
    public static double run(Path dataDir, List<Integer> queries, int runs, int threads, PrintWriter out) {
        Path traceFile;
        try {
            traceFile = Files.createTempFile("minispark-trace-overhead", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double logSum = 0;
        try (Session session = Session.builder().dataDir(dataDir).threads(threads).build()) {
            for (int q : queries) {
                String sql = TpchQueries.text(q);
                session.sql(sql).collect();
                List<Long> untraced = new ArrayList<>();
                List<Long> traced = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    untraced.add(time(session, sql));
                    session.startTrace(traceFile);
                    traced.add(time(session, sql));
                    session.stopTrace();
                }
                double ratio = (double) median(traced) / median(untraced);
                logSum += Math.log(ratio);
                out.printf("  %s untraced %8.1f ms  traced %8.1f ms  ratio %.3f%n", TpchQueries.label(q),
                        median(untraced) / 1e6, median(traced) / 1e6, ratio);
                out.flush();
            }
        } finally {
            try {
                Files.deleteIfExists(traceFile);
            } catch (IOException ignored) {
                // A temporary file; nothing depends on it.
            }
        }
        double geomean = Math.exp(logSum / queries.size());
        out.printf("tracing overhead (geomean traced/untraced): %.4f%n", geomean);
        return geomean;
    }

    private static long time(Session session, String sql) {
        long start = System.nanoTime();
        session.sql(sql).collect();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
