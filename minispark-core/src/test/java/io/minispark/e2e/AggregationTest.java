package io.minispark.e2e;

import static io.minispark.api.functions.avg;
import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.countDistinct;
import static io.minispark.api.functions.lit;
import static io.minispark.api.functions.max;
import static io.minispark.api.functions.min;
import static io.minispark.api.functions.round;
import static io.minispark.api.functions.sum;
import static io.minispark.api.functions.upper;
import static io.minispark.api.functions.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** groupBy(...).agg(...), global agg, count(), distinct and HAVING-style filters, against DuckDB. */
class AggregationTest extends EndToEndTestBase {
    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void everyAggregateFunctionPerGroup(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("numbers").groupBy("grp").agg(count(), count(col("val")), sum(col("val")), sum(col("n")),
                sum(col("big")), avg(col("val")), avg(col("n")), min(col("val")), max(col("val")), min(col("day")), max(col("grp")),
                countDistinct(col("n").mod(5)));
        assertSameAsDuckDb(df, "SELECT grp, count(*), count(val), sum(val), sum(n), sum(big), avg(val), avg(n), min(val), max(val),"
                + " min(day), max(grp), count(DISTINCT n % 5) FROM numbers GROUP BY grp");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void groupingKeysMayBeNullAndExpressions(EngineSetup setup) {
        Session session = session(setup);
        // city is NULL for one person: NULL forms a group of its own.
        assertSameAsDuckDb(session.table("people").groupBy("city").agg(count(), avg(col("score")), min(col("name")), max(col("born"))),
                "SELECT city, count(*), avg(score), min(name), max(born) FROM people GROUP BY city");
        assertSameAsDuckDb(session.table("people").groupBy(year(col("joined")).alias("y"), col("active")).agg(count(col("age"))),
                "SELECT year(joined), active, count(age) FROM people GROUP BY year(joined), active");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void aggregatesOfExpressionsAndExpressionsOfAggregates(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("orders").groupBy(upper(col("product")).alias("p"))
                .agg(sum(col("quantity").multiply(col("price"))).alias("sales"), round(avg(col("price")).divide(2), 2),
                        max(col("quantity")).minus(min(col("quantity"))), count().plus(1));
        assertThat(df.columns()[0]).isEqualTo("p");
        assertThat(df.columns()[1]).isEqualTo("sales");
        assertSameAsDuckDb(df, "SELECT upper(product), sum(quantity * price), round(avg(price) / 2, 2), max(quantity) - min(quantity),"
                + " count(*) + 1 FROM orders GROUP BY upper(product)");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void globalAggregatesGiveOneRow(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("users").agg(count(), min(col("age")), max(col("age")), avg(col("age")), sum(col("age")),
                countDistinct(col("country"))), "SELECT count(*), min(age), max(age), avg(age), sum(age), count(DISTINCT country) FROM users");
        assertSameAsDuckDb(session.table("numbers_blocks").agg(sum(col("val")), count(col("val")), max(col("big"))),
                "SELECT sum(val), count(val), max(big) FROM numbers");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void aggregatesOverNothingCountZeroAndSumNull(EngineSetup setup) {
        Session session = session(setup);
        DataFrame noRows = session.table("users").filter(col("age").gt(1000));
        assertRows(noRows.agg(count(), count(col("age")), sum(col("age")), avg(col("age")), min(col("country")), max(col("age"))),
                row(0L, 0L, null, null, null, null));
        // Grouped aggregation over nothing has no groups at all.
        assertThat(noRows.groupBy("country").agg(count()).collect()).isEmpty();
        DataFrame empty = session.read().schema(TestTables.EMPTY_SCHEMA).csv("empty.csv");
        assertSameAsDuckDb(empty.agg(count(), sum(col("id")), countDistinct(col("name"))),
                "SELECT count(*), sum(id), count(DISTINCT name) FROM empty");
        assertThat(empty.count()).isZero();
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void aggregatesOfAnAllNullColumn(EngineSetup setup) {
        Session session = session(setup);
        DataFrame allNull = session.read().schema(TestTables.ALL_NULL_SCHEMA).csv("all_null.csv");
        assertSameAsDuckDb(allNull.agg(count(), count(col("v")), sum(col("v")), avg(col("v")), min(col("v")), countDistinct(col("v"))),
                "SELECT count(*), count(v), sum(v), avg(v), min(v), count(DISTINCT v) FROM all_null");
        assertSameAsDuckDb(allNull.groupBy("k").agg(sum(col("v")), max(col("v")), count()),
                "SELECT k, sum(v), max(v), count(*) FROM all_null GROUP BY k");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void filterOnAnAggregateActsAsHaving(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("numbers").groupBy("grp").agg(count().alias("c"), sum(col("val")).alias("s"))
                .filter(sum(col("val")).gt(1000)).filter(col("c").geq(43));
        assertSameAsDuckDb(df, "SELECT grp, count(*), sum(val) FROM numbers GROUP BY grp HAVING sum(val) > 1000 AND count(*) >= 43");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void countMethodsCountRows(EngineSetup setup) {
        Session session = session(setup);
        assertThat(session.table("users").count()).isEqualTo(14);
        assertThat(session.table("numbers_blocks").count()).isEqualTo(TestTables.NUMBERS_ROWS);
        assertThat(session.table("people").filter(col("age").isNull()).count()).isEqualTo(2);
        assertSameAsDuckDb(session.table("users").groupBy("country").count(), "SELECT country, count(*) FROM users GROUP BY country");
        assertThat(session.table("users").groupBy("country").count().columns()).containsExactly("country", "count");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void distinctRemovesDuplicateRowsTreatingNullsAsEqual(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("users").select("country").distinct(), "SELECT DISTINCT country FROM users");
        assertSameAsDuckDb(session.table("people").select("city", "age").distinct(), "SELECT DISTINCT city, age FROM people");
        assertSameAsDuckDb(session.read().schema(TestTables.ALL_NULL_SCHEMA).csv("all_null.csv").distinct(),
                "SELECT DISTINCT * FROM all_null");
        assertThat(session.table("numbers_blocks").select("grp").distinct().count()).isEqualTo(7);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void countDistinctOfLiteralsAndStrings(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("people").groupBy("active").agg(countDistinct(col("city")), countDistinct(lit(1))),
                "SELECT active, count(DISTINCT city), count(DISTINCT 1) FROM people GROUP BY active");
    }
}
