package io.minispark.e2e;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.max;
import static io.minispark.api.functions.sum;
import static io.minispark.api.functions.lit;
import static io.minispark.api.functions.upper;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * orderBy (directions, NULL placement, several keys), limit, offset, withColumn and DataFrame
 * aliases. Sorted results are compared in order; every sort has a unique last key, so the order is
 * fully determined and does not depend on the sort being stable.
 */
class OrderLimitAndShapeTest extends EndToEndTestBase {
    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void orderByAscendingAndDescending(EngineSetup setup) {
        Session session = session(setup);
        assertSameOrderAsDuckDb(session.table("users").orderBy(col("age")).select("first_name", "age"),
                "SELECT first_name, age FROM users ORDER BY age");
        assertSameOrderAsDuckDb(session.table("users").orderBy(col("age").desc()).select("first_name", "age"),
                "SELECT first_name, age FROM users ORDER BY age DESC");
        assertSameOrderAsDuckDb(session.table("numbers_blocks").orderBy(col("big").desc()).select("n"),
                "SELECT n FROM numbers ORDER BY big DESC");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void nullsSortLastUnlessAskedFirst(EngineSetup setup) {
        Session session = session(setup);
        assertSameOrderAsDuckDb(session.table("people").orderBy(col("score").asc(), col("id")).select("id", "score"),
                "SELECT id, score FROM people ORDER BY score ASC NULLS LAST, id");
        assertSameOrderAsDuckDb(session.table("people").orderBy(col("score").desc(), col("id")).select("id", "score"),
                "SELECT id, score FROM people ORDER BY score DESC NULLS LAST, id");
        assertSameOrderAsDuckDb(session.table("people").orderBy(col("city").ascNullsFirst(), col("id")).select("id", "city"),
                "SELECT id, city FROM people ORDER BY city ASC NULLS FIRST, id");
        assertSameOrderAsDuckDb(session.table("people").orderBy(col("born").descNullsFirst(), col("id")).select("id", "born"),
                "SELECT id, born FROM people ORDER BY born DESC NULLS FIRST, id");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void orderByMultipleKeysAndExpressions(EngineSetup setup) {
        Session session = session(setup);
        assertSameOrderAsDuckDb(session.table("users").orderBy(col("country").desc(), col("age").asc(), col("user_id"))
                        .select("country", "age", "first_name"),
                "SELECT country, age, first_name FROM users ORDER BY country DESC, age ASC, user_id");
        assertSameOrderAsDuckDb(session.table("numbers").orderBy(col("n").mod(10), col("n").desc()).select("n"),
                "SELECT n FROM numbers ORDER BY n % 10, n DESC");
        assertSameOrderAsDuckDb(session.table("people").orderBy(col("active").desc(), upper(col("note")), col("id")).select("id"),
                "SELECT id FROM people ORDER BY active DESC NULLS LAST, upper(note) NULLS LAST, id");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void limitAndOffsetAfterSorting(EngineSetup setup) {
        Session session = session(setup);
        DataFrame sorted = session.table("numbers_blocks").orderBy(col("val").desc(), col("n")).select("n", "val");
        assertSameOrderAsDuckDb(sorted.limit(7), "SELECT n, val FROM numbers ORDER BY val DESC, n LIMIT 7");
        assertSameOrderAsDuckDb(sorted.offset(290), "SELECT n, val FROM numbers ORDER BY val DESC, n OFFSET 290");
        assertSameOrderAsDuckDb(sorted.offset(5).limit(4), "SELECT n, val FROM numbers ORDER BY val DESC, n LIMIT 4 OFFSET 5");
        assertSameOrderAsDuckDb(sorted.limit(10).offset(8), "SELECT n, val FROM numbers ORDER BY val DESC, n LIMIT 2 OFFSET 8");
        assertThat(sorted.limit(0).collect()).isEmpty();
        assertThat(sorted.offset(1000).collect()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void limitWithoutSortingTakesThatManyRows(EngineSetup setup) {
        Session session = session(setup);
        assertThat(session.table("numbers_blocks").limit(37).collect()).hasSize(37);
        assertThat(session.table("numbers_blocks").offset(250).collect()).hasSize(50);
        assertThat(session.table("users").limit(100).collect()).hasSize(14);
        assertThat(session.table("numbers_blocks").filter(col("n").gt(10)).limit(5).count()).isEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void withColumnAddsOrReplacesInPlace(EngineSetup setup) {
        Session session = session(setup);
        DataFrame added = session.table("users").withColumn("age_next_year", col("age").plus(1));
        assertThat(added.columns()).containsExactly("user_id", "first_name", "last_name", "age", "country", "age_next_year");
        assertSameAsDuckDb(added, "SELECT *, age + 1 FROM users");
        DataFrame replaced = session.table("users").withColumn("country", upper(col("country"))).withColumn("flag", lit(true));
        assertThat(replaced.columns()).containsExactly("user_id", "first_name", "last_name", "age", "country", "flag");
        assertSameAsDuckDb(replaced, "SELECT user_id, first_name, last_name, age, upper(country), true FROM users");
        // The new column is usable by the following operations.
        assertSameAsDuckDb(added.filter(col("age_next_year").gt(33)).select("first_name"),
                "SELECT first_name FROM users WHERE age + 1 > 33");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void dataFrameAliasQualifiesColumns(EngineSetup setup) {
        Session session = session(setup);
        DataFrame u = session.table("users").alias("u");
        assertSameAsDuckDb(u.filter(col("u.age").gt(30)).select(col("u.first_name"), col("age")),
                "SELECT first_name, age FROM users WHERE age > 30");
        // Re-aliasing replaces the old name.
        assertSameAsDuckDb(u.as("w").select(col("w.country")).distinct(), "SELECT DISTINCT country FROM users");
        // Without an alias, a table's columns are qualified by its name.
        assertSameAsDuckDb(session.table("users").select(col("users.user_id")), "SELECT user_id FROM users");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void sortingAnEmptyInputAndTheAllNullColumn(EngineSetup setup) {
        Session session = session(setup);
        assertThat(session.read().schema(TestTables.EMPTY_SCHEMA).csv("empty.csv").orderBy(col("id").desc()).collect()).isEmpty();
        assertSameOrderAsDuckDb(session.read().schema(TestTables.ALL_NULL_SCHEMA).csv("all_null.csv").orderBy(col("v"), col("k").desc()),
                "SELECT * FROM all_null ORDER BY v, k DESC");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void topGroupsByAnAggregate(EngineSetup setup) {
        Session session = session(setup);
        DataFrame top = session.table("numbers_blocks").groupBy("grp").agg(sum(col("val")).alias("total"), count().alias("c"))
                .orderBy(col("total").desc(), col("grp")).limit(3);
        assertSameOrderAsDuckDb(top, "SELECT grp, sum(val) AS total, count(*) FROM numbers GROUP BY grp ORDER BY total DESC, grp LIMIT 3");
        // Sorting first and aggregating the sorted rows afterwards gives the same groups.
        assertSameAsDuckDb(session.table("orders").orderBy(col("price").desc()).groupBy("product").agg(max(col("price"))),
                "SELECT product, max(price) FROM orders GROUP BY product");
    }
}
