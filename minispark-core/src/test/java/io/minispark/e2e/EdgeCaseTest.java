package io.minispark.e2e;

import io.minispark.errors.ErrorCode;

import io.minispark.errors.MinisparkException;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.countDistinct;
import static io.minispark.api.functions.lit;
import static io.minispark.api.functions.max;
import static io.minispark.api.functions.min;
import static io.minispark.api.functions.not;
import static io.minispark.api.functions.round;
import static io.minispark.api.functions.substring;
import static io.minispark.api.functions.sum;
import static io.minispark.api.functions.when;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corners where engines often differ from each other: division by zero, odd substring bounds,
 * LIKE with characters special to regular expressions, filters on native tables (which may skip
 * whole blocks by their statistics, and must not skip wrongly around NULLs and NOT), joins on keys
 * of different numeric types, and aggregates of booleans and strings.
 */
class EdgeCaseTest extends EndToEndTestBase {
    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void divisionAndModuloByZero(EngineSetup setup) {
        Session session = session(setup);
        // Division gives DOUBLE, so by zero it is Infinity or NaN, as in DuckDB.
        assertSameAsDuckDb(session.table("numbers").select(col("n"), col("n").divide(col("n").mod(3)), col("val").divide(0)),
                "SELECT n, n / (n % 3), val / 0 FROM numbers");
        // Integer modulo by zero is an error, as it is by default in DuckDB.
        assertThatThrownBy(() -> session.table("numbers").select(col("n").mod(col("n").mod(2))).collect())
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DIVISION_BY_ZERO));
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void substringWithOddBoundsAndRoundToTens(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("people").select(col("id"), substring(col("name"), 0, 2), substring(col("name"), -3, 2),
                substring(col("name"), 2, 0), round(col("score"), -1), round(col("age"), -1)),
                "SELECT id, substring(name, 0, 2), substring(name, -3, 2), substring(name, 2, 0), round(score, -1), round(age, -1) FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void likeTreatsRegexCharactersLiterally(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("people").select(col("id"), col("note").like("%.%"), col("note").like("%\"%\"%"),
                col("note").like("likes (quotes%"), col("note").like("%[a-z]%"), col("note").like("  %  "), col("note").like("%$%")),
                "SELECT id, note LIKE '%.%', note LIKE '%\"%\"%', note LIKE 'likes (quotes%', note LIKE '%[a-z]%',"
                        + " note LIKE '  %  ', note LIKE '%$%' FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void filtersOnNativeBlocksWithNullsAndNegations(EngineSetup setup) {
        Session session = session(setup);
        DataFrame numbers = session.table("numbers_blocks");
        String[] conditions = {
            "val IS NULL", "NOT (n > 100)", "n <> 50", "NOT (val > 0)",
            "val IS NULL OR n < 20", "day >= DATE '2024-06-01' AND day < DATE '2024-07-01'",
            "grp = 'g3' AND n > 280", "n IN (1, 17, 33, 299)", "NOT (n BETWEEN 20 AND 280)",
            "big > 2990000000000", "val < -370",
        };
        DataFrame[] filtered = {
            numbers.filter(col("val").isNull()), numbers.filter(not(col("n").gt(100))), numbers.filter(col("n").notEqual(50)),
            numbers.filter(not(col("val").gt(0))), numbers.filter(col("val").isNull().or(col("n").lt(20))),
            numbers.filter(col("day").geq(LocalDate.of(2024, 6, 1)).and(col("day").lt(LocalDate.of(2024, 7, 1)))),
            numbers.filter(col("grp").equalTo("g3").and(col("n").gt(280))), numbers.filter(col("n").isin(1, 17, 33, 299)),
            numbers.filter(not(col("n").between(20, 280))), numbers.filter(col("big").gt(2_990_000_000_000L)),
            numbers.filter(col("val").lt(-370)),
        };
        for (int i = 0; i < conditions.length; i++) {
            assertSameAsDuckDb(filtered[i].select("n"), "SELECT n FROM numbers WHERE " + conditions[i]);
        }
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void joinOnKeysOfDifferentNumericTypes(EngineSetup setup) {
        Session session = session(setup);
        DataFrame a = session.table("numbers").alias("a");
        DataFrame b = session.table("numbers_blocks").alias("b");
        // INT against DOUBLE (val is n * 1.25, whole for every 4th n) and INT against BIGINT.
        assertSameAsDuckDb(a.join(b, col("a.n").equalTo(col("b.val")), "inner").select(col("a.n"), col("b.n")),
                "SELECT a.n, b.n FROM numbers a JOIN numbers b ON a.n = b.val");
        assertSameAsDuckDb(a.join(b, col("a.big").equalTo(col("b.n").multiply(10_000_000_000L)), "full").select(col("a.n"), col("b.n")),
                "SELECT a.n, b.n FROM numbers a FULL JOIN numbers b ON a.big = b.n * 10000000000");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void fullJoinWithNullKeysOnBothSides(EngineSetup setup) {
        Session session = session(setup);
        DataFrame p = session.table("people").alias("p");
        DataFrame q = session.table("people_blocks").alias("q");
        assertSameAsDuckDb(p.join(q, col("p.age").equalTo(col("q.age")), "full").select(col("p.id"), col("q.id")),
                "SELECT p.id, q.id FROM people p FULL JOIN people q ON p.age = q.age");
        assertSameAsDuckDb(p.join(q, col("p.city").equalTo(col("q.city")), "left").groupBy(col("p.id")).agg(count(col("q.id"))),
                "SELECT p.id, count(q.id) FROM people p LEFT JOIN people q ON p.city = q.city GROUP BY p.id");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void aggregatesOfBooleansStringsAndDates(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("people").groupBy("city").agg(min(col("active")), max(col("active")), min(col("note")),
                max(col("joined")), countDistinct(col("active")), sum(when(col("active"), 1).otherwise(0))),
                "SELECT city, min(active), max(active), min(note), max(joined), count(DISTINCT active),"
                        + " sum(CASE WHEN active THEN 1 ELSE 0 END) FROM people GROUP BY city");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void caseWithNullConditionsAndNullResults(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("people").select(col("id"), when(col("active"), "yes").when(not(col("active")), "no").otherwise("unknown"),
                when(col("age").isNull(), lit(null)).otherwise(col("age").multiply(2))),
                "SELECT id, CASE WHEN active THEN 'yes' WHEN NOT active THEN 'no' ELSE 'unknown' END,"
                        + " CASE WHEN age IS NULL THEN NULL ELSE age * 2 END FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void distinctAndGroupByOverManyBlocksAndPartitions(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("numbers_blocks").select(col("n").mod(13).alias("r"), col("grp")).distinct(),
                "SELECT DISTINCT n % 13, grp FROM numbers");
        assertSameAsDuckDb(session.table("numbers_blocks").groupBy(col("day")).agg(count()).filter(col("day").lt(LocalDate.of(2024, 1, 20))),
                "SELECT day, count(*) FROM numbers WHERE day < DATE '2024-01-20' GROUP BY day");
    }
}
