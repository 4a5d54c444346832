package io.minispark.e2e;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** select (names, expressions, *) and filter/where, on CSV and native tables, against DuckDB. */
class SelectAndFilterTest extends EndToEndTestBase {
    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void selectColumnsByNameAndByColumn(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("users").select("first_name", "country"),
                "SELECT first_name, country FROM users");
        assertSameAsDuckDb(session.table("people").select(col("note"), col("id")),
                "SELECT note, id FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void selectStarKeepsEveryColumnInOrder(EngineSetup setup) {
        Session session = session(setup);
        DataFrame all = session.table("people").select(col("*"));
        assertThat(all.columns()).containsExactly("id", "name", "city", "age", "score", "born", "joined", "active", "note");
        assertSameAsDuckDb(all, "SELECT * FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void selectExpressionsWithAliases(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("orders").select(col("order_id"),
                col("quantity").multiply(col("price")).alias("total"), lit(1).alias("one"), col("product"));
        assertThat(df.columns()).containsExactly("order_id", "total", "one", "product");
        assertSameAsDuckDb(df, "SELECT order_id, quantity * price, 1, product FROM orders");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void filterAndWhereKeepOnlyRowsWhereTheConditionIsTrue(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("users").filter(col("age").gt(30)), "SELECT * FROM users WHERE age > 30");
        assertSameAsDuckDb(session.table("users").where(col("country").equalTo("UK").and(col("age").lt(28))),
                "SELECT * FROM users WHERE country = 'UK' AND age < 28");
        // age is NULL for two people: the comparison is NULL there, which a filter drops like FALSE.
        assertSameAsDuckDb(session.table("people").filter(col("age").notEqual(28)), "SELECT * FROM people WHERE age <> 28");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void chainedFiltersCombineLikeAnd(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("numbers").filter(col("n").gt(50)).filter(col("val").lt(0)).where(col("grp").notEqual("g3"));
        assertSameAsDuckDb(df, "SELECT * FROM numbers WHERE n > 50 AND val < 0 AND grp <> 'g3'");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void filterThatMatchesNothingGivesNoRowsButKeepsTheSchema(EngineSetup setup) {
        Session session = session(setup);
        DataFrame none = session.table("users").filter(col("age").gt(1000)).select("first_name", "age");
        assertThat(none.collect()).isEmpty();
        assertThat(none.columns()).containsExactly("first_name", "age");
        assertThat(none.count()).isZero();
        assertThat(session.table("users").filter(lit(false)).collect()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void filterOnNativeTableWithManyBlocks(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("numbers_blocks").filter(col("n").between(100, 140).or(col("n").gt(290))),
                "SELECT * FROM numbers WHERE n BETWEEN 100 AND 140 OR n > 290");
        assertSameAsDuckDb(session.table("people_blocks").filter(col("city").equalTo("Paris")).select("id", "name", "note"),
                "SELECT id, name, note FROM people WHERE city = 'Paris'");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void selectOverAnEmptyTable(EngineSetup setup) {
        Session session = session(setup);
        DataFrame empty = session.read().schema(TestTables.EMPTY_SCHEMA).csv("empty.csv");
        assertThat(empty.select(col("id").plus(1).alias("next"), col("name")).collect()).isEmpty();
        assertThat(empty.filter(col("id").gt(0)).count()).isZero();
    }
}
