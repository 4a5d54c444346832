package io.minispark.e2e;

import static io.minispark.api.functions.avg;
import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import io.minispark.result.Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What users see: collect()'s Java values, show()'s box table, explain()'s stages. */
class OutputTest extends EndToEndTestBase {
    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void collectGivesJavaValuesOfEachType(EngineSetup setup) {
        Session session = session(setup);
        List<Row> rows = session.table("people").filter(col("id").equalTo(1)).collect();
        assertThat(rows).hasSize(1);
        Row alice = rows.get(0);
        assertThat(alice.values()).containsExactly(1, "Alice", "Paris", 34, 88.5, LocalDate.of(1990, 4, 12),
                LocalDateTime.of(2020, 1, 15, 8, 30), true, "likes \"quotes\", and commas");
        assertThat(alice.get("name")).isEqualTo("Alice");
        assertThat(alice.getInt(3)).isEqualTo(34);

        Row dmitri = session.table("people").filter(col("id").equalTo(4)).collect().get(0);
        assertThat(dmitri.isNullAt(2)).isTrue();
        assertThat(dmitri.get("born")).isNull();
        assertThat(dmitri.get("active")).isNull();

        Row totals = session.table("users").agg(count(), sum(col("age")), avg(col("age"))).collect().get(0);
        assertThat(totals.values()).containsExactly(14L, 405L, 405.0 / 14);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void showPrintsARoundedBoxTableWithNumbersOnTheRight(EngineSetup setup) {
        Session session = session(setup);
        DataFrame uk = session.table("users").filter(col("country").equalTo("UK")).orderBy(col("user_id")).select("first_name", "age");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        uk.show(20, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                ╭──────────────┬───────╮
                │ first_name   │   age │
                ├──────────────┼───────┤
                │ David        │    35 │
                │ Grace        │    27 │
                │ Kate         │    29 │
                │ Nick         │    23 │
                ╰──────────────┴───────╯
                """);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void showPrintsNullsWholeDoublesAndStopsAtTheRowCount(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").orderBy(col("id")).select("id", "score", "city", "active");
        assertThat(df.showString(4)).isEqualTo("""
                ╭──────┬─────────┬────────┬──────────╮
                │   id │   score │ city   │ active   │
                ├──────┼─────────┼────────┼──────────┤
                │    1 │    88.5 │ Paris  │ true     │
                │    2 │   72.25 │ London │ false    │
                │    3 │    NULL │ Paris  │ true     │
                │    4 │      91 │ NULL   │ NULL     │
                ╰──────┴─────────┴────────┴──────────╯
                """);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void showOfNoRowsPrintsOnlyTheHeader(EngineSetup setup) {
        Session session = session(setup);
        assertThat(session.table("users").filter(col("age").lt(0)).select("country").showString(20)).isEqualTo("""
                ╭───────────╮
                │ country   │
                ├───────────┤
                ╰───────────╯
                """);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void showPrintsToStandardOutput(EngineSetup setup) {
        Session session = session(setup);
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            session.table("numbers").orderBy(col("n")).select("n").show();
        } finally {
            System.setOut(original);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        // Twenty rows by default, plus three border lines and the header.
        assertThat(printed.lines()).hasSize(24);
        assertThat(printed).contains("│  20 │").doesNotContain("│  21 │");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void explainShowsStagesAndTheJoinStrategy(EngineSetup setup) {
        Session session = session(setup);
        String plan = SeedQuery.of(session).explainString();
        assertThat(plan).contains("== Logical Plan ==", "== Optimized Logical Plan ==", "== Physical Plan ==",
                "# Stage 0", "# Stage 1", "WriteToLocalFile()");
        if (setup.broadcastJoins()) {
            assertThat(plan).contains("BroadcastHashJoin(", "WriteBroadcast()");
        } else {
            assertThat(plan).doesNotContain("BroadcastHashJoin").contains("HashJoin(")
                    .contains("partitions: " + setup.shufflePartitions());
        }
        // explain() prints the same text.
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            SeedQuery.of(session).explain();
        } finally {
            System.setOut(original);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(plan);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void theSeedQueryGivesUkAndUsa(EngineSetup setup) {
        Session session = session(setup);
        assertRows(SeedQuery.of(session), row("UK", 4L, 2002.0), row("USA", 7L, 4535.0));
        assertSameAsDuckDb(SeedQuery.of(session), "SELECT u.country, count(*), sum(o.quantity * o.price) FROM users u"
                + " JOIN orders o ON u.user_id = o.user_id GROUP BY u.country HAVING sum(o.quantity * o.price) > 500");
    }

    /** The seed's example query (the same as {@code SeedExampleTest}'s). */
    static final class SeedQuery {
        private SeedQuery() {
        }

        static DataFrame of(Session session) {
            DataFrame users = session.table("users").alias("u");
            DataFrame orders = session.table("orders").alias("o");
            return users.join(orders, col("u.user_id").equalTo(col("o.user_id")), "inner")
                    .groupBy(col("u.country"))
                    .agg(count().alias("orders_count"), sum(col("o.quantity").multiply(col("o.price"))).alias("total_sales"))
                    .filter(sum(col("o.quantity").multiply(col("o.price"))).gt(500))
                    .select(col("u.country"), col("orders_count"), col("total_sales"));
        }
    }
}
