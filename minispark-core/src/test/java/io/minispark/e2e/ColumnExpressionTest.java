package io.minispark.e2e;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.concat;
import static io.minispark.api.functions.lit;
import static io.minispark.api.functions.not;
import static io.minispark.api.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import io.minispark.types.DataType;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Column expressions evaluated end to end: arithmetic, comparisons, three-valued logic, LIKE,
 * BETWEEN, IS NULL, IN, concatenation, CAST and CASE WHEN, each against DuckDB on data with NULLs.
 */
class ColumnExpressionTest extends EndToEndTestBase {
    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void arithmeticOnIntegersDoublesAndNulls(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"),
                col("age").plus(1), col("age").minus(col("id")), col("age").multiply(2), col("age").divide(4),
                col("age").mod(5), col("score").plus(col("age")), col("score").multiply(-2.5), col("id").negate());
        assertSameAsDuckDb(df, "SELECT id, age + 1, age - id, age * 2, age / 4, age % 5, score + age, score * -2.5, -id FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void divisionAlwaysGivesDoubleAndModuloFollowsTheDividendSign(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("numbers").select(col("n"), col("n").divide(7), col("val").mod(3), col("n").negate().mod(4),
                col("big").divide(col("n")), col("big").mod(7));
        assertSameAsDuckDb(df, "SELECT n, n / 7, val % 3, -n % 4, big / n, big % 7 FROM numbers");
        assertThat(df.schema().field(1).type()).isEqualTo(DataType.DOUBLE);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void comparisonsOfEveryType(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"),
                col("age").equalTo(28), col("age").notEqual(28), col("score").gt(70), col("score").geq(72.25),
                col("name").lt("D"), col("name").leq("Dmitri"), col("born").gt(LocalDate.of(1990, 1, 1)),
                col("joined").lt("2020-01-01 00:00:00"), col("active").equalTo(true), col("age").gt(col("id")));
        assertSameAsDuckDb(df, "SELECT id, age = 28, age <> 28, score > 70, score >= 72.25, name < 'D', name <= 'Dmitri',"
                + " born > DATE '1990-01-01', joined < TIMESTAMP '2020-01-01 00:00:00', active = true, age > id FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void andOrNotFollowThreeValuedLogic(EngineSetup setup) {
        Session session = session(setup);
        // age and active are NULL on some rows: NULL AND FALSE is FALSE, NULL OR TRUE is TRUE, NOT NULL is NULL.
        DataFrame df = session.table("people").select(col("id"),
                col("age").gt(30).and(col("active")), col("age").gt(30).or(col("active")), not(col("active")),
                not(col("age").gt(30).or(col("score").lt(60))));
        assertSameAsDuckDb(df, "SELECT id, age > 30 AND active, age > 30 OR active, NOT active, NOT (age > 30 OR score < 60) FROM people");
        assertSameAsDuckDb(session.table("people").filter(not(col("active"))).select("id"), "SELECT id FROM people WHERE NOT active");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void likeAndNotLike(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"), col("name").like("%e"), col("name").like("_ob"),
                col("note").like("%,%"), col("note").notLike("%\"%"), col("name").like("Chlo_"), col("note").like("%本%"));
        assertSameAsDuckDb(df, "SELECT id, name LIKE '%e', name LIKE '_ob', note LIKE '%,%', note NOT LIKE '%\"%',"
                + " name LIKE 'Chlo_', note LIKE '%本%' FROM people");
        assertSameAsDuckDb(session.table("users").filter(col("last_name").notLike("%son")).select("last_name"),
                "SELECT last_name FROM users WHERE last_name NOT LIKE '%son'");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void betweenIsInclusiveOnBothEnds(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"), col("age").between(28, 45), col("score").between(55.0, 88.5),
                col("born").between(LocalDate.of(1985, 11, 30), LocalDate.of(1996, 2, 29)), col("name").between("B", "E"));
        assertSameAsDuckDb(df, "SELECT id, age BETWEEN 28 AND 45, score BETWEEN 55.0 AND 88.5,"
                + " born BETWEEN DATE '1985-11-30' AND DATE '1996-02-29', name BETWEEN 'B' AND 'E' FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void isNullAndIsNotNullOnEveryColumnType(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"), col("name").isNull(), col("city").isNull(), col("age").isNull(),
                col("score").isNotNull(), col("born").isNull(), col("joined").isNotNull(), col("active").isNull(), col("note").isNull());
        assertSameAsDuckDb(df, "SELECT id, name IS NULL, city IS NULL, age IS NULL, score IS NOT NULL, born IS NULL,"
                + " joined IS NOT NULL, active IS NULL, note IS NULL FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void isinWithNumbersStringsAndNull(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"), col("city").isin("Paris", "Berlin"), col("age").isin(28, 52, 99),
                col("score").isin(72.25, 100), col("age").isin(28, null));
        assertSameAsDuckDb(df, "SELECT id, city IN ('Paris', 'Berlin'), age IN (28, 52, 99), score IN (72.25, 100),"
                + " age IN (28, NULL) FROM people");
        assertSameAsDuckDb(session.table("orders").filter(col("product").isin("Mouse", "Monitor")).select("order_id"),
                "SELECT order_id FROM orders WHERE product IN ('Mouse', 'Monitor')");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void stringConcatenationWithConcatAndPlus(EngineSetup setup) {
        Session session = session(setup);
        // Concatenation is NULL when any part is NULL, like DuckDB's || (not its concat(), which skips NULLs).
        DataFrame df = session.table("people").select(col("id"),
                concat(col("name"), lit(" from "), col("city")), col("name").plus(col("city")), col("name").concat("!"),
                concat(col("name"), col("age")));
        assertSameAsDuckDb(df, "SELECT id, name || ' from ' || city, name || city, name || '!', name || CAST(age AS VARCHAR) FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void castBetweenTypes(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"), col("age").cast("DOUBLE"), col("score").cast("INT"),
                col("score").cast("STRING"), col("id").cast("STRING").concat("x"), col("born").cast("STRING"),
                col("joined").cast("DATE"), col("born").cast("TIMESTAMP"), col("active").cast("INT"), col("age").cast("BIGINT"));
        assertSameAsDuckDb(df, "SELECT id, CAST(age AS DOUBLE), CAST(score AS INTEGER), CAST(score AS VARCHAR),"
                + " CAST(id AS VARCHAR) || 'x', CAST(born AS VARCHAR), CAST(joined AS DATE), CAST(born AS TIMESTAMP),"
                + " CAST(active AS INTEGER), CAST(age AS BIGINT) FROM people");
        assertSameAsDuckDb(session.table("numbers").select(col("n"), col("val").cast("INT"), col("day").cast("STRING").cast("DATE")),
                "SELECT n, CAST(val AS INTEGER), CAST(CAST(day AS VARCHAR) AS DATE) FROM numbers");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void whenOtherwiseTakesTheFirstTrueBranch(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"),
                when(col("age").lt(30), "young").when(col("age").lt(50), "middle").otherwise("senior").alias("band"),
                when(col("score").gt(80), col("score")).otherwise(0.0),
                when(col("active"), 1).end());
        assertSameAsDuckDb(df, "SELECT id, CASE WHEN age < 30 THEN 'young' WHEN age < 50 THEN 'middle' ELSE 'senior' END,"
                + " CASE WHEN score > 80 THEN score ELSE 0.0 END, CASE WHEN active THEN 1 END FROM people");
        assertThat(df.columns()[1]).isEqualTo("band");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void aliasNamesTheOutputColumn(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("users").select(col("age").plus(1).alias("next_age"), col("country").as("land"));
        assertThat(df.columns()).containsExactly("next_age", "land");
        // The alias is usable by the next operation.
        assertSameAsDuckDb(df.filter(col("next_age").gt(33)).select("land"),
                "SELECT country FROM users WHERE age + 1 > 33");
    }
}
