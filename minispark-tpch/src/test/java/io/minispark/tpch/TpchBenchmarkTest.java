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

    private static TpchBenchmark.Options options(List<Integer> queries, boolean compare, TpchBenchmark.Codegen codegen, Path trace) {
        return new TpchBenchmark.Options(0.01, dir, queries, 1, EngineKind.THREADS, 2, compare, dir.resolve("both/results.md"),
                Duration.ofMinutes(2), trace, codegen);
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
    void withCodegenBothEachQueryRunsCompiledAndInterpretedAndTheDuckDbLineStaysLast() throws Exception {
        StringWriter text = new StringWriter();
        TpchBenchmark.Report report = new TpchBenchmark(options(List.of(1, 6), true, TpchBenchmark.Codegen.BOTH, null))
                .run(new PrintWriter(text));
        String output = text.toString();
        List<String> lines = output.lines().toList();
        assertThat(output).contains("threads engine, 2 threads, codegen both", "Q01 compiled median ", ", interpreted median ");
        assertThat(lines).anyMatch(l -> l.matches("query +ours median +ours min +duckdb median +ours/duckdb +interp median +compiled/interp"));
        assertThat(lines).anyMatch(l -> l.matches("Q01 +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d\\d +\\d+\\.\\d +\\d+\\.\\d\\dx"));
        assertThat(lines).contains("geometric mean speedup over 2 queries that ran compiled and interpreted with the same answer");
        assertThat(lines.get(lines.size() - 2)).matches("geomean speedup compiled/interpreted: \\d+\\.\\d{3}");
        assertThat(lines.get(lines.size() - 1)).matches("geomean ratio ours/duckdb: \\d+\\.\\d{3}");

        assertThat(report.outcomes()).hasSize(2).allMatch(TpchBenchmark.Outcome::counts).allMatch(TpchBenchmark.Outcome::speedupCounts);
        for (TpchBenchmark.Outcome o : report.outcomes()) {
            assertThat(o.interpreted().nanos()).hasSize(1);
            assertThat(o.interpretedError()).isNull();
            assertThat(o.speedup()).isEqualTo(o.interpreted().medianMs() / o.ours().medianMs());
            assertThat(output).contains(TpchBenchmark.formatSpeedup(o.speedup()));
        }
        double expected = Math.sqrt(report.outcomes().get(0).speedup() * report.outcomes().get(1).speedup());
        assertThat(report.speedupGeomean()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lines.get(lines.size() - 2)).endsWith(TpchBenchmark.formatRatio(expected));

        String markdown = Files.readString(dir.resolve("both/results.md"));
        assertThat(markdown).contains("codegen both", "| interpreted median | interpreted min | compiled/interpreted |",
                "Geometric mean of ours/DuckDB", "Geometric mean speedup compiled/interpreted over the 2 queries");
        assertThat(markdown.lines().filter(l -> l.startsWith("| Q0"))).hasSize(2)
                .allMatch(l -> l.matches("\\| Q0\\d( \\| [\\d.]+){5} \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+x \\|  \\|"));
        assertThat(ImageIO.read(dir.resolve("both/results.png").toFile()).getWidth()).isEqualTo(1000);
    }

    @Test
    @Order(5)
    void withCodegenBothAndNoDuckDbTheSpeedupLineIsLastAndBothRunsAreTraced() {
        StringWriter text = new StringWriter();
        Path trace = dir.resolve("traces/bench.json");
        new TpchBenchmark(options(List.of(6), false, TpchBenchmark.Codegen.BOTH, trace)).run(new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("geomean speedup compiled/interpreted: \\d+\\.\\d{3}");
        assertThat(text.toString()).doesNotContain("duckdb");
        assertThat(trace).isNotEmptyFile();
        assertThat(dir.resolve("traces/bench-interpreted.json")).isNotEmptyFile();
    }

    @Test
    @Order(6)
    void withCodegenOffOursIsInterpretedAndThereIsNoSpeedup() throws Exception {
        StringWriter text = new StringWriter();
        TpchBenchmark.Report report = new TpchBenchmark(options(List.of(6), false, TpchBenchmark.Codegen.OFF, null))
                .run(new PrintWriter(text));
        assertThat(text.toString()).contains("codegen off (interpreted stages)").doesNotContain("speedup").doesNotContain("interp median");
        assertThat(report.outcomes().get(0).ours()).isNotNull();
        assertThat(report.outcomes().get(0).interpreted()).isNull();
        assertThat(Files.readString(dir.resolve("both/results.md"))).contains("codegen off").doesNotContain("compiled/interpreted");
    }

    @Test
    void anInterpretedAnswerThatDiffersIsNotedAndLeftOutOfTheSpeedupGeomean() {
        TpchBenchmark.Options both = options(List.of(1, 6), false, TpchBenchmark.Codegen.BOTH, null);
        TpchBenchmark.Timing fast = new TpchBenchmark.Timing(new long[] {1_000_000});
        TpchBenchmark.Timing slow = new TpchBenchmark.Timing(new long[] {4_000_000});
        TpchBenchmark.Report report = new TpchBenchmark.Report(both, null, List.of(
                new TpchBenchmark.Outcome(1, fast, null, null, null, null, slow, null, "row 1 of 4 differs"),
                new TpchBenchmark.Outcome(6, fast, null, null, null, null, slow, null, null)));
        assertThat(report.outcomes().get(0).speedupCounts()).isFalse();
        assertThat(report.speedupGeomean()).isEqualTo(4.0);
        String markdown = new TpchBenchmark(both).markdown(report);
        assertThat(markdown).contains("| Q01 | 1.0 | 1.0 | 4.0 | 4.0 | - | INTERPRETED WRONG ANSWER (vs compiled): row 1 of 4 differs |",
                "| Q06 | 1.0 | 1.0 | 4.0 | 4.0 | 4.00x |  |", "over the 1 queries that ran correctly both ways", "(excluded: Q01)");
    }

    @Test
    void codegenChoiceIsOnOffOrBoth() {
        assertThat(TpchBenchmark.Codegen.parse(" Both ")).isEqualTo(TpchBenchmark.Codegen.BOTH);
        assertThat(TpchBenchmark.Codegen.parse("off")).isEqualTo(TpchBenchmark.Codegen.OFF);
        assertThatThrownBy(() -> TpchBenchmark.Codegen.parse("auto")).isInstanceOf(MinisparkException.class)
                .hasMessageContaining("--codegen must be on, off or both, not \"auto\"");
        assertThat(options(List.of(1), Duration.ofMinutes(1), false).codegen()).isEqualTo(TpchBenchmark.Codegen.ON);
    }

    @Test
    @Order(7)
    void refusesADirectoryHoldingAnotherScaleFactor() {
        TpchBenchmark.Options other = new TpchBenchmark.Options(0.02, dir, List.of(1), 1, EngineKind.SEQUENTIAL, 1, false,
                dir.resolve("x.md"), Duration.ofMinutes(1));
        assertThatThrownBy(() -> new TpchBenchmark(other).run(new PrintWriter(new StringWriter())))
                .isInstanceOf(MinisparkException.class).hasMessageContaining("holds TPC-H SF 0.01 data, not SF 0.02");
    }
}
