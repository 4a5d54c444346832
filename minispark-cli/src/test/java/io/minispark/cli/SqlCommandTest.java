package io.minispark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minispark sql} and {@code minispark explain}: the flags and output formats outside checks rely on. */
class SqlCommandTest {
    private static final String SAMPLE = Path.of("../data/sample").toString();
    private static final String SEED_QUERY = "SELECT u.country, COUNT() AS orders_count, SUM(o.quantity*o.price) AS total_sales\n"
            + "FROM 'users' AS u\n    JOIN 'orders' AS o ON u.user_id=o.user_id\nGROUP BY u.country\n"
            + "HAVING SUM(o.quantity*o.price) > 500;";

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
    void theSeedQueryAsCsv() {
        for (String engine : new String[] {"sequential", "threads"}) {
            Outcome outcome = run("sql", "--data-dir", SAMPLE, "--engine", engine, "--format", "csv", "-e",
                    SEED_QUERY.replace(";", " ORDER BY 1;"));
            assertThat(outcome.err()).isEmpty();
            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.out()).isEqualTo("country,orders_count,total_sales\r\nUK,4,2002.0\r\nUSA,7,4535.0\r\n");
        }
    }

    @Test
    void csvFormatsNullsDatesAndTimestamps() {
        Outcome outcome = run("sql", "--data-dir", SAMPLE, "--format", "csv", "-e",
                "SELECT order_id, order_date, CAST(order_date AS DATE) AS day, CASE WHEN order_id > 1 THEN 'x' END AS maybe "
                + "FROM orders WHERE order_id <= 2 ORDER BY order_id");
        assertThat(outcome.out()).isEqualTo("order_id,order_date,day,maybe\r\n"
                + "1,2025-01-01 00:00:00,2025-01-01,\r\n2,2025-01-05 00:00:00,2025-01-05,x\r\n");
    }

    @Test
    void jsonIsAnArrayOfObjects() {
        Outcome outcome = run("sql", "--data-dir", SAMPLE, "--format", "json", "-e",
                "SELECT country, COUNT(*) AS n FROM users GROUP BY country ORDER BY country");
        assertThat(outcome.out()).isEqualTo("[\n{\"country\": \"Canada\", \"n\": 4},\n{\"country\": \"UK\", \"n\": 4},\n"
                + "{\"country\": \"USA\", \"n\": 6}\n]\n");
    }

    @Test
    void aFileOfStatementsRunsInOrder() throws IOException {
        Path script = temp.resolve("script.sql");
        Files.writeString(script, "-- a view, then a query over it\nCREATE VIEW big AS SELECT * FROM orders WHERE price > 1000;\n"
                + "SELECT count(*) AS n FROM big;\n");
        Outcome outcome = run("sql", "--data-dir", SAMPLE, "--format", "csv", "-f", script.toString());
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).endsWith("n\r\n4\r\n");
    }

    @Test
    void aSyntaxErrorPointsAtTheTextOnStderr() {
        Outcome outcome = run("sql", "--data-dir", SAMPLE, "-e", "SELECT country\nFROM users WHERE");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).startsWith("SYNTAX_ERROR:").contains("LINE 2: FROM users WHERE").contains("^")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownColumnSuggestsTheNearestOne() {
        Outcome outcome = run("sql", "--data-dir", SAMPLE, "-e", "SELECT qty FROM orders");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).isEqualTo("COLUMN_NOT_FOUND: column \"qty\" not found; did you mean \"quantity\"?\n"
                + "LINE 1: SELECT qty FROM orders\n               ^^^\n");
    }

    @Test
    void aMissingTableIsNamed() {
        Outcome outcome = run("sql", "--data-dir", SAMPLE, "-e", "SELECT * FROM userz");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).startsWith("TABLE_NOT_FOUND:").contains("userz").contains("users");
    }

    @Test
    void aMissingSqlFileIsNamed() {
        Outcome outcome = run("sql", "--data-dir", SAMPLE, "-f", temp.resolve("none.sql").toString());
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).startsWith("FILE_NOT_FOUND:").contains("none.sql");
    }

    @Test
    void flagsAreChecked() {
        assertThat(run("sql", "--data-dir", SAMPLE).exitCode()).as("no query").isEqualTo(2);
        assertThat(run("sql", "-e", "SELECT 1", "-f", "x.sql").exitCode()).as("both -e and -f").isEqualTo(2);
        Outcome badFormat = run("sql", "--data-dir", SAMPLE, "--format", "xml", "-e", "SELECT * FROM users");
        assertThat(badFormat.exitCode()).isEqualTo(1);
        assertThat(badFormat.err()).contains("xml").contains("table, csv or json");
    }

    @Test
    void explainPrintsBothPlans() {
        Outcome outcome = run("explain", "--data-dir", SAMPLE, "-e", SEED_QUERY);
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("== Logical Plan ==", "== Physical Plan ==", "# Stage 0", "HashAggregate");
    }
}
