package io.minispark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users meet it: outputs, exit codes, and one-paragraph errors without stack traces. */
class CommandLineTest {
    private static final Path SAMPLE = Path.of("../data/sample");

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

    private static void assertCleanError(Outcome outcome, String code) {
        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.err()).startsWith(code + ":");
        assertThat(outcome.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void demoWalksTheSeedsExampleFromDataToResult() {
        Outcome outcome = run("demo", "--data-dir", SAMPLE.toString(), "--engine", "sequential");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("### Users", "### Orders", "== 2) The query as a DataFrame ==",
                "== 3) Logical plan", "== 4) Physical plan", "# Stage 0", "# Stage 1", "# Stage 2", "# Stage 3",
                "ScanJob(file=users.csv", "JoinJob(left_shuffle_files=", "LoadShuffleFilesJob(", "== 6) Result");
        String result = outcome.out().substring(outcome.out().indexOf("== 6) Result"));
        assertThat(result).containsPattern("│ UK +│ +4 │ +2002 │").containsPattern("│ USA +│ +7 │ +4535 │").doesNotContain("Canada");
    }

    @Test
    void importThenDemoOnNativeTablesGivesTheSameResult() throws IOException {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        assertThat(run("import", SAMPLE.resolve("users.csv").toString(), data.resolve("users").toString()).exitCode()).isZero();
        assertThat(run("import", SAMPLE.resolve("orders.csv").toString(), data.resolve("orders").toString()).exitCode()).isZero();
        Outcome outcome = run("demo", "--data-dir", data.toString());
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("Scan(users, native)");
        String result = outcome.out().substring(outcome.out().indexOf("== 6) Result"));
        assertThat(result).containsPattern("│ UK +│ +4 │ +2002 │").containsPattern("│ USA +│ +7 │ +4535 │");
    }

    @Test
    void aMissingFileIsNamed() {
        Outcome outcome = run("import", temp.resolve("nowhere.csv").toString());
        assertCleanError(outcome, "FILE_NOT_FOUND");
        assertThat(outcome.err()).contains("nowhere.csv");
    }

    @Test
    void aMalformedCsvLineIsNamedByFileAndLine() throws IOException {
        Path csv = temp.resolve("bad.csv");
        Files.writeString(csv, "id,name\n1,a\n2,b,extra\n3,c\n");
        Outcome outcome = run("import", csv.toString(), temp.resolve("bad").toString());
        assertCleanError(outcome, "MALFORMED_CSV");
        assertThat(outcome.err()).contains("bad.csv").contains("line 3");
        assertThat(temp.resolve("bad")).doesNotExist();
    }

    @Test
    void aCorruptNativeBlockIsNamedByFileAndBlock() throws IOException {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        assertThat(run("import", SAMPLE.resolve("users.csv").toString(), data.resolve("users").toString()).exitCode()).isZero();
        Files.copy(SAMPLE.resolve("orders.csv"), data.resolve("orders.csv"));
        Path part;
        try (Stream<Path> files = Files.list(data.resolve("users"))) {
            part = files.filter(p -> p.toString().endsWith(".msb")).findFirst().orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(part.toFile(), "rw")) {
            file.seek(12);
            int b = file.read();
            file.seek(12);
            file.write(b ^ 0x5a);
        }
        Outcome outcome = run("demo", "--data-dir", data.toString());
        assertCleanError(outcome, "CORRUPT_FILE");
        assertThat(outcome.err()).contains(part.getFileName().toString()).contains("block 0");
    }

    @Test
    void anUnknownColumnSuggestsTheClosestOne() throws IOException {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("users.csv"), "user_id,first_name,countr\n1,Alice,USA\n");
        Files.copy(SAMPLE.resolve("orders.csv"), data.resolve("orders.csv"));
        Outcome outcome = run("demo", "--data-dir", data.toString());
        assertCleanError(outcome, "COLUMN_NOT_FOUND");
        assertThat(outcome.err()).contains("u.country").contains("did you mean").contains("countr");
    }

    @Test
    void aWrongFlagIsAUsageError() {
        Outcome outcome = run("demo", "--no-such-flag");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("INVALID_ARGUMENT").contains("--no-such-flag");
    }

    @Test
    void anUnknownEngineIsRejectedClearly() {
        Outcome outcome = run("demo", "--data-dir", SAMPLE.toString(), "--engine", "gpu");
        assertCleanError(outcome, "INVALID_ARGUMENT");
        assertThat(outcome.err()).contains("gpu").contains("sequential or threads");
    }
}
