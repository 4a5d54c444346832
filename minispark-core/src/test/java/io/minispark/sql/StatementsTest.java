package io.minispark.sql;

import static io.minispark.api.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.Session;
import io.minispark.result.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statement API: what each statement returns, and the Analyzer additions SQL relies on, used from the API. */
class StatementsTest {
    @TempDir
    Path temp;

    private Session session() throws IOException {
        SqlCorpusTest.copyCsvs(SqlCorpusTest.SAMPLE, temp);
        return Session.builder().dataDir(temp).build();
    }

    @Test
    void sqlGivesTheSameDataFrameAsTheApi() throws IOException {
        try (Session session = session()) {
            var df = session.sql("SELECT first_name FROM users WHERE country = 'UK' ORDER BY age DESC LIMIT 2");
            assertThat(df.columns()).containsExactly("first_name");
            assertThat(df.collect()).containsExactly(Row.of("David"), Row.of("Kate"));
        }
    }

    @Test
    void dataFramesCanOrderByAColumnTheyDropped() throws IOException {
        try (Session session = session()) {
            List<Row> rows = session.table("users").select("first_name").orderBy(col("age").desc()).limit(1).collect();
            assertThat(rows).containsExactly(Row.of("Frank"));
        }
    }

    @Test
    void explainReturnsThePlansAsLines() throws IOException {
        try (Session session = session()) {
            StatementResult plain = session.execute("EXPLAIN SELECT country, COUNT(*) FROM users GROUP BY country");
            assertThat(plain).isInstanceOf(StatementResult.Text.class);
            String text = String.join("\n", plain.rows().stream().map(r -> r.getString(0)).toList());
            assertThat(text).contains("== Logical Plan ==", "== Physical Plan ==", "Aggregate").doesNotContain("== Execution ==");
            String analyzed = String.join("\n", session.execute("EXPLAIN ANALYZE SELECT country FROM users")
                    .rows().stream().map(r -> r.getString(0)).toList());
            assertThat(analyzed).contains("== Execution ==", "Result: 14 rows");
        }
    }

    @Test
    void createTableWritesANativeTableAndLeavesNothingHidden() throws IOException {
        try (Session session = session()) {
            StatementResult created = session.execute("CREATE TABLE uk AS SELECT * FROM users WHERE country = 'UK';");
            assertThat(created).isEqualTo(new StatementResult.Message("created table uk with 4 rows"));
            assertThat(Files.isDirectory(temp.resolve("uk"))).isTrue();
            assertThat(session.sql("SELECT COUNT(*) FROM uk").collect()).containsExactly(Row.of(4L));
            assertThat(session.execute("SHOW TABLES").rows()).extracting(r -> r.getString(0)).contains("uk", "users");
            try (Stream<Path> files = Files.list(temp)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
            }
        }
    }

    @Test
    void aQueryResultIsNotRunUntilItsRowsAreAskedFor() throws IOException {
        try (Session session = session()) {
            StatementResult result = session.execute("SELECT * FROM users");
            assertThat(result).isInstanceOf(StatementResult.Query.class);
            assertThat(result.schema().names()).containsExactly("user_id", "first_name", "last_name", "age", "country");
            assertThat(result.rows()).hasSize(14);
        }
    }
}
