package io.minispark.e2e;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Joins of every kind, with unmatched keys on both sides and NULL keys (which never match), self
 * joins through aliases, cross joins and joins with no matches at all, against DuckDB.
 */
class JoinTest extends EndToEndTestBase {
    private static final String VISIT_COLUMNS = "p.id, p.name, v.visit_id, v.page, v.seconds";

    private static DataFrame joinPeopleWithVisits(Session session, String how) {
        DataFrame people = session.table("people").alias("p");
        DataFrame visits = session.table("visits").alias("v");
        return people.join(visits, col("p.id").equalTo(col("v.person_id")), how)
                .select(col("p.id"), col("p.name"), col("v.visit_id"), col("v.page"), col("v.seconds"));
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void innerJoinKeepsMatchingPairsOnly(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(joinPeopleWithVisits(session, "inner"),
                "SELECT " + VISIT_COLUMNS + " FROM people p JOIN visits v ON p.id = v.person_id");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void leftJoinKeepsUnmatchedLeftRowsWithNulls(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(joinPeopleWithVisits(session, "left"),
                "SELECT " + VISIT_COLUMNS + " FROM people p LEFT JOIN visits v ON p.id = v.person_id");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void rightJoinKeepsUnmatchedRightRowsIncludingTheNullKey(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(joinPeopleWithVisits(session, "right"),
                "SELECT " + VISIT_COLUMNS + " FROM people p RIGHT JOIN visits v ON p.id = v.person_id");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void fullJoinKeepsUnmatchedRowsOfBothSides(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(joinPeopleWithVisits(session, "full"),
                "SELECT " + VISIT_COLUMNS + " FROM people p FULL JOIN visits v ON p.id = v.person_id");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void joinWithAnExtraNonEqualityCondition(EngineSetup setup) {
        Session session = session(setup);
        DataFrame people = session.table("people").alias("p");
        DataFrame visits = session.table("visits").alias("v");
        for (String how : new String[] {"inner", "left", "right", "full"}) {
            DataFrame df = people.join(visits, col("p.id").equalTo(col("v.person_id")).and(col("v.seconds").gt(20)), how)
                    .select(col("p.id"), col("v.visit_id"));
            assertSameAsDuckDb(df, "SELECT p.id, v.visit_id FROM people p " + how.toUpperCase()
                    + " JOIN visits v ON p.id = v.person_id AND v.seconds > 20");
        }
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void joinOnlyOnANonEqualityConditionUsesNestedLoops(EngineSetup setup) {
        Session session = session(setup);
        DataFrame users = session.table("users").alias("u");
        DataFrame orders = session.table("orders").alias("o");
        for (String how : new String[] {"inner", "left", "right", "full"}) {
            DataFrame df = users.join(orders, col("u.age").multiply(40).gt(col("o.price")), how)
                    .select(col("u.user_id"), col("o.order_id"));
            assertSameAsDuckDb(df, "SELECT u.user_id, o.order_id FROM users u " + how.toUpperCase()
                    + " JOIN orders o ON u.age * 40 > o.price");
        }
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void joinThenAggregateLargeNativeTables(EngineSetup setup) {
        Session session = session(setup);
        DataFrame left = session.table("numbers_blocks").alias("a");
        DataFrame right = session.table("numbers").alias("b");
        DataFrame df = left.join(right, col("a.n").equalTo(col("b.n").multiply(2)), "left")
                .groupBy(col("a.grp")).agg(count(col("b.n")), sum(col("b.val")), count());
        assertSameAsDuckDb(df, "SELECT a.grp, count(b.n), sum(b.val), count(*) FROM numbers a LEFT JOIN numbers b ON a.n = b.n * 2 GROUP BY a.grp");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void joinOnStringKeysAndMultipleKeys(EngineSetup setup) {
        Session session = session(setup);
        DataFrame a = session.table("people").alias("a");
        DataFrame b = session.table("people").alias("b");
        DataFrame df = a.join(b, col("a.city").equalTo(col("b.city")).and(col("a.active").equalTo(col("b.active"))), "inner")
                .select(col("a.id"), col("b.id"));
        assertSameAsDuckDb(df, "SELECT a.id, b.id FROM people a JOIN people b ON a.city = b.city AND a.active = b.active");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void selfJoinThroughAliasesFindsPairsInTheSameCountry(EngineSetup setup) {
        Session session = session(setup);
        DataFrame u1 = session.table("users").alias("u1");
        DataFrame u2 = session.table("users").alias("u2");
        DataFrame df = u1.join(u2, col("u1.country").equalTo(col("u2.country")).and(col("u1.user_id").lt(col("u2.user_id"))), "inner")
                .select(col("u1.first_name"), col("u2.first_name"), col("u1.country"));
        assertSameAsDuckDb(df, "SELECT u1.first_name, u2.first_name, u1.country FROM users u1 JOIN users u2"
                + " ON u1.country = u2.country AND u1.user_id < u2.user_id");
        // The same DataFrame object on both sides, told apart only by alias.
        DataFrame users = session.table("users");
        DataFrame same = users.alias("x").join(users.alias("y"), col("x.user_id").equalTo(col("y.user_id")), "inner");
        assertThat(same.count()).isEqualTo(14);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void crossJoinPairsEveryRowWithEveryRow(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("visits").alias("v").crossJoin(session.table("users").filter(col("age").gt(32)).alias("u"))
                .select(col("v.visit_id"), col("u.first_name"));
        assertSameAsDuckDb(df, "SELECT v.visit_id, u.first_name FROM visits v CROSS JOIN users u WHERE u.age > 32");
        assertThat(session.table("users").crossJoin(session.table("orders")).count()).isEqualTo(14 * 15);
        assertThat(session.table("users").crossJoin(session.read().schema(TestTables.EMPTY_SCHEMA).csv("empty.csv")).count()).isZero();
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void joinsWithNoMatches(EngineSetup setup) {
        Session session = session(setup);
        DataFrame users = session.table("users").alias("u");
        DataFrame noOrders = session.table("orders").filter(col("quantity").gt(100)).alias("o");
        assertThat(users.join(noOrders, col("u.user_id").equalTo(col("o.user_id")), "inner").collect()).isEmpty();
        assertSameAsDuckDb(users.join(noOrders, col("u.user_id").equalTo(col("o.user_id")), "left").select(col("u.user_id"), col("o.order_id")),
                "SELECT u.user_id, o.order_id FROM users u LEFT JOIN (SELECT * FROM orders WHERE quantity > 100) o ON u.user_id = o.user_id");
        DataFrame empty = session.read().schema(TestTables.EMPTY_SCHEMA).csv("empty.csv").alias("e");
        assertSameAsDuckDb(empty.join(users, col("e.id").equalTo(col("u.user_id")), "full").select(col("e.name"), col("u.user_id")),
                "SELECT e.name, u.user_id FROM empty e FULL JOIN users u ON e.id = u.user_id");
        // Keys that exist on both sides but never meet: ids 1..14 against ids over 100.
        DataFrame shifted = session.table("users").select(col("user_id").plus(100).alias("k")).alias("s");
        assertThat(users.join(shifted, col("u.user_id").equalTo(col("s.k")), "inner").count()).isZero();
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void joinOfThreeTables(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = session.table("users").alias("u")
                .join(session.table("orders").alias("o"), col("u.user_id").equalTo(col("o.user_id")), "inner")
                .join(session.table("people").alias("p"), col("p.id").equalTo(col("o.order_id")), "left")
                .select(col("u.first_name"), col("o.product"), col("p.name"));
        assertSameAsDuckDb(df, "SELECT u.first_name, o.product, p.name FROM users u JOIN orders o ON u.user_id = o.user_id"
                + " LEFT JOIN people p ON p.id = o.order_id");
    }
}
