package io.minispark.e2e;

import static io.minispark.api.functions.abs;
import static io.minispark.api.functions.coalesce;
import static io.minispark.api.functions.col;
import static io.minispark.api.functions.dayofmonth;
import static io.minispark.api.functions.length;
import static io.minispark.api.functions.lit;
import static io.minispark.api.functions.lower;
import static io.minispark.api.functions.month;
import static io.minispark.api.functions.round;
import static io.minispark.api.functions.substring;
import static io.minispark.api.functions.trim;
import static io.minispark.api.functions.upper;
import static io.minispark.api.functions.year;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scalar functions, on NULLs and non-ASCII text, against DuckDB. */
class ScalarFunctionTest extends EndToEndTestBase {
    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void upperLowerAndLengthCountCharactersNotBytes(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"), upper(col("name")), lower(col("note")), length(col("note")),
                length(col("name")));
        assertSameAsDuckDb(df, "SELECT id, upper(name), lower(note), length(note), length(name) FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void trimRemovesSurroundingSpaces(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"), trim(col("note")), length(trim(col("note"))),
                trim(lit("  x y  ")));
        assertSameAsDuckDb(df, "SELECT id, trim(note), length(trim(note)), trim('  x y  ') FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void substringIsOneBasedInCharacters(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"), substring(col("name"), 1, 3), substring(col("note"), 2, 4),
                substring(col("note"), 20, 10), substring(col("name"), 3, 100));
        assertSameAsDuckDb(df, "SELECT id, substring(name, 1, 3), substring(note, 2, 4), substring(note, 20, 10),"
                + " substring(name, 3, 100) FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void coalesceTakesTheFirstNonNullValue(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"), coalesce(col("city"), lit("nowhere")),
                coalesce(col("age"), col("id")), coalesce(col("score"), col("age"), lit(0)), coalesce(col("name"), col("city")));
        assertSameAsDuckDb(df, "SELECT id, coalesce(city, 'nowhere'), coalesce(age, id), coalesce(score, age, 0),"
                + " coalesce(name, city) FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void absAndRound(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("numbers").select(col("n"), abs(col("val")), abs(col("n").negate()), round(col("val")),
                round(col("val"), 1), round(col("val").divide(7), 3), round(col("n").divide(8)));
        assertSameAsDuckDb(df, "SELECT n, abs(val), abs(-n), round(val), round(val, 1), round(val / 7, 3), round(n / 8) FROM numbers");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void yearMonthAndDayOfDatesAndTimestamps(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("people").select(col("id"), year(col("born")), month(col("born")), dayofmonth(col("born")),
                year(col("joined")), month(col("joined")), dayofmonth(col("joined")));
        assertSameAsDuckDb(df, "SELECT id, year(born), month(born), day(born), year(joined), month(joined), day(joined) FROM people");
        assertSameAsDuckDb(session.table("numbers_blocks").select(col("n"), year(col("day")), month(col("day")), dayofmonth(col("day"))),
                "SELECT n, year(day), month(day), day(day) FROM numbers");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void functionsNestInsideFilters(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("users").filter(upper(substring(col("country"), 1, 1)).equalTo("U").and(length(col("first_name")).gt(3)))
                .select(lower(col("first_name")).alias("name"));
        assertSameAsDuckDb(df, "SELECT lower(first_name) FROM users WHERE upper(substring(country, 1, 1)) = 'U' AND length(first_name) > 3");
    }
}
