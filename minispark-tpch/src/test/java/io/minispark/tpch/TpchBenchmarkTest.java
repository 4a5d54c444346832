package io.minispark.tpch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.api.EngineKind;
import io.minispark.errors.MinisparkException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark end to end at SF 0.01: data generated on first use, timings, DuckDB ratios, files. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TpchBenchmarkTest {
    @TempDir
    static Path dir;

    private static TpchBenchmark.Options options(List<Integer> queries, Duration timeout, boolean compare) {
        return new TpchBenchmark.Options(0.01, dir, queries, 2, EngineKind.THREADS, 2, compare, dir.resolve("out/results.md"), timeout);
    }

    @Test
    @Order(1)
    void generatesTheDataThenComparesWithDuckDbAndEndsWithTheGeomeanLine() throws Exception {
        StringWriter text = new StringWriter();
        TpchBenchmark.Report report = new TpchBenchmark(options(List.of(3, 13), Duration.ofMinutes(2), true)).run(new PrintWriter(text));
        String output = text.toString();
        assertThat(output).contains("generating TPC-H SF 0.01", "lineitem", "DuckDB v");
        List<String> lines = output.lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("geomean ratio ours/duckdb: \\d+\\.\\d{3}");
        assertThat(lines).anyMatch(l -> l.matches("Q03 +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d\\d"));

        assertThat(report.outcomes()).hasSize(2).allMatch(TpchBenchmark.Outcome::counts);
        for (TpchBenchmark.Outcome o : report.outcomes()) {
            assertThat(o.ours().nanos()).hasSize(2);
            assertThat(o.ours().minMs()).isLessThanOrEqualTo(o.ours().medianMs()).isPositive();
            assertThat(o.ratio()).isEqualTo(o.ours().medianMs() / o.duckDb().medianMs());
        }
        double expected = Math.sqrt(report.outcomes().get(0).ratio() * report.outcomes().get(1).ratio());
        assertThat(report.geomean()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lines.get(lines.size() - 1)).endsWith(TpchBenchmark.formatRatio(expected));

        String markdown = Files.readString(dir.resolve("out/results.md"));
        assertThat(markdown).contains("| Q03 | ", "| Q13 | ", "Geometric mean", "![ours vs DuckDB per query](results.png)");
        assertThat(ImageIO.read(dir.resolve("out/results.png").toFile()).getWidth()).isEqualTo(1000);
    }

    @Test
    @Order(2)
    void reusesTheDataAndReportsFailedQueriesAsRowsLeftOutOfTheGeomean() {
        StringWriter text = new StringWriter();
        // A timeout of a millisecond fails every minispark run; the benchmark carries on and says so.
        TpchBenchmark.Report report = new TpchBenchmark(options(List.of(1, 6), Duration.ofMillis(1), true)).run(new PrintWriter(text));
        String output = text.toString();
        assertThat(output).contains("data found").doesNotContain("generating");
        assertThat(report.outcomes()).noneMatch(TpchBenchmark.Outcome::counts);
        assertThat(report.outcomes()).allMatch(o -> o.oursError().contains("timed out"));
        assertThat(output).contains("Q01         failed", "excluded (failed or wrong answer): Q01, Q06");
        assertThat(output.lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("geomean ratio ours/duckdb: NaN");
    }

    @Test
    @Order(3)
    void withoutDuckDbThereIsNoRatioAndNoGeomeanLine() {
        StringWriter text = new StringWriter();
        TpchBenchmark.Report report = new TpchBenchmark(options(List.of(3), Duration.ofMinutes(2), false)).run(new PrintWriter(text));
        assertThat(report.outcomes().get(0).ours()).isNotNull();
        assertThat(report.outcomes().get(0).duckDb()).isNull();
        assertThat(text.toString()).doesNotContain("geomean").doesNotContain("duckdb");
    }

    @Test
    @Order(4)
    void refusesADirectoryHoldingAnotherScaleFactor() {
        TpchBenchmark.Options other = new TpchBenchmark.Options(0.02, dir, List.of(1), 1, EngineKind.SEQUENTIAL, 1, false,
                dir.resolve("x.md"), Duration.ofMinutes(1));
        assertThatThrownBy(() -> new TpchBenchmark(other).run(new PrintWriter(new StringWriter())))
                .isInstanceOf(MinisparkException.class).hasMessageContaining("holds TPC-H SF 0.01 data, not SF 0.02");
    }
}
