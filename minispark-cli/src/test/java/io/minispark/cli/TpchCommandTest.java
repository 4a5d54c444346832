package io.minispark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minispark tpch generate} and {@code minispark bench tpch} as users run them. */
class TpchCommandTest {
    @TempDir
    Path temp;

    record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void generatePrintsRowsAndTimePerTableAndWritesTheChosenFormat() {
        Path dir = temp.resolve("sf");
        Outcome outcome = run("tpch", "generate", "--sf", "0.01", "--dir", dir.toString(), "--format", "csv", "--threads", "2");
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("generating TPC-H SF 0.01").containsPattern("lineitem +60,175 rows +[\\d.]+ MB +[\\d.]+ s")
                .containsPattern("total +86,805 rows");
        for (String table : List.of("region", "nation", "supplier", "customer", "part", "partsupp", "orders", "lineitem")) {
            assertThat(dir.resolve(table + ".csv")).isRegularFile();
            assertThat(dir.resolve(table)).doesNotExist();
        }
    }

    @Test
    void benchComparesWithDuckDbAndEndsWithTheGeomeanLine() throws Exception {
        Path dir = temp.resolve("bench");
        Outcome outcome = run("bench", "tpch", "--sf", "0.01", "--dir", dir.toString(), "--queries", "3,9", "--runs", "1",
                "--engine", "sequential", "--compare", "duckdb");
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        List<String> lines = outcome.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("geomean ratio ours/duckdb: \\d+\\.\\d+");
        assertThat(outcome.out()).contains("sequential engine, 1 thread", "DuckDB v", ": 1 thread,");
        assertThat(Files.readString(dir.resolve("bench-results.md"))).contains("| Q03 |", "| Q09 |");
        assertThat(dir.resolve("bench-results.png")).isRegularFile();
    }

    @Test
    void benchWithCodegenBothAddsTheSpeedupAndKeepsTheDuckDbLineLast() throws Exception {
        Path dir = temp.resolve("both");
        Outcome outcome = run("bench", "tpch", "--sf", "0.01", "--dir", dir.toString(), "--queries", "1,6", "--runs", "1",
                "--warmup", "2", "--threads", "2", "--codegen", "both", "--compare", "duckdb");
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        List<String> lines = outcome.out().lines().toList();
        assertThat(outcome.out()).contains("threads engine, 2 threads, codegen both", "1 timed run after 2 warm-ups per query",
                "compiled/interp");
        assertThat(lines).anyMatch(l -> l.matches("Q06( +\\d+\\.\\d+){5} +\\d+\\.\\d\\dx"));
        assertThat(lines.get(lines.size() - 2)).matches("geomean speedup compiled/interpreted: \\d+\\.\\d+");
        assertThat(lines.get(lines.size() - 1)).matches("geomean ratio ours/duckdb: \\d+\\.\\d+");
        assertThat(Files.readString(dir.resolve("bench-results.md"))).contains("| compiled/interpreted |", "| Q01 |", "| Q06 |");
    }

    @Test
    void wrongFlagsAreCleanErrors() {
        Outcome codegen = run("bench", "tpch", "--sf", "0.01", "--dir", temp.toString(), "--codegen", "auto");
        assertThat(codegen.exitCode()).isEqualTo(1);
        assertThat(codegen.err()).startsWith("INVALID_ARGUMENT:").contains("--codegen must be on, off or both, not \"auto\"");
        assertThat(codegen.err().lines()).hasSize(1);
        Outcome compare = run("bench", "tpch", "--sf", "0.01", "--dir", temp.toString(), "--compare", "postgres");
        assertThat(compare.exitCode()).isEqualTo(1);
        assertThat(compare.err()).startsWith("INVALID_ARGUMENT:").contains("only duckdb");
        Outcome warmup = run("bench", "tpch", "--sf", "0.01", "--dir", temp.toString(), "--warmup", "0");
        assertThat(warmup.exitCode()).isEqualTo(1);
        assertThat(warmup.err()).startsWith("INVALID_ARGUMENT:").contains("--warmup must be at least 1");
        Outcome query = run("bench", "tpch", "--sf", "0.01", "--dir", temp.toString(), "--queries", "0");
        assertThat(query.exitCode()).isEqualTo(1);
        assertThat(query.err()).startsWith("INVALID_ARGUMENT:").contains("1 to 22");
        Outcome format = run("tpch", "generate", "--sf", "0.01", "--dir", temp.toString(), "--format", "orc");
        assertThat(format.exitCode()).isEqualTo(1);
        assertThat(format.err()).startsWith("INVALID_ARGUMENT:").contains("native, csv or both");
        assertThat(run("tpch", "generate").exitCode()).isEqualTo(2);
    }
}
