package io.minispark.optimizer;

import static io.minispark.logical.TestPlans.and;
import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.eq;
import static io.minispark.logical.TestPlans.filter;
import static io.minispark.logical.TestPlans.gt;
import static io.minispark.logical.TestPlans.join;
import static io.minispark.logical.TestPlans.lit;
import static io.minispark.logical.TestPlans.lt;
import static io.minispark.logical.TestPlans.or;
import static io.minispark.logical.TestPlans.orders;
import static io.minispark.logical.TestPlans.users;

import io.minispark.logical.Expression;
import io.minispark.logical.IsNull;
import io.minispark.logical.JoinType;
import io.minispark.logical.Literal;
import io.minispark.logical.Scan;
import org.junit.jupiter.api.Test;

/** WHERE and ON conjuncts move below a join only where that cannot change which rows come out. */
class PushFilterIntoJoinTest {
    private final Scan users = users();
    private final Scan orders = orders();
    private final Expression joinKeys = eq(col(users, "users.user_id"), col(orders, "orders.user_id"));
    private final Expression onUsers = gt(col(users, "age"), lit(30));
    private final Expression onOrders = gt(col(orders, "price"), lit(100.0));
    private final Expression onBoth = lt(col(users, "age"), col(orders, "quantity"));

    @Test
    void innerJoinTakesEachWhereConjunctToItsSideAndTheTwoSidedOneIntoTheCondition() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.INNER, joinKeys), and(onUsers, onOrders, onBoth)))
                .matches("""
                        Join(((users.user_id = orders.user_id) AND (users.age < orders.quantity)), "inner")
                          Filter((users.age > 30))
                            Scan(users)
                          Filter((orders.price > 100.0))
                            Scan(orders)
                        """);
    }

    @Test
    void crossJoinWithATwoSidedWhereBecomesAnInnerJoin() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.CROSS, null), and(joinKeys, onUsers)))
                .matches("""
                        Join((users.user_id = orders.user_id), "inner")
                          Filter((users.age > 30))
                            Scan(users)
                          Scan(orders)
                        """);
    }

    @Test
    void crossJoinWithOnlyOneSidedConjunctsStaysACrossJoin() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.CROSS, null), onOrders))
                .matches("""
                        Join("cross")
                          Scan(users)
                          Filter((orders.price > 100.0))
                            Scan(orders)
                        """);
    }

    @Test
    void leftJoinPushesWhereOnThePreservedLeftSideOnly() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.LEFT, joinKeys), and(onUsers, onOrders, onBoth)))
                .matches("""
                        Filter(((orders.price > 100.0) AND (users.age < orders.quantity)))
                          Join((users.user_id = orders.user_id), "left")
                            Filter((users.age > 30))
                              Scan(users)
                            Scan(orders)
                        """);
    }

    @Test
    void leftJoinDoesNotPushWhereOnTheNullExtendedRightSide() {
        // WHERE o.user_id IS NULL finds users without orders: below the join it would find none.
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.LEFT, joinKeys), new IsNull(col(orders, "orders.user_id"), false)))
                .doesNotFire();
    }

    @Test
    void rightJoinPushesWhereOnThePreservedRightSideOnly() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.RIGHT, joinKeys), and(onUsers, onOrders)))
                .matches("""
                        Filter((users.age > 30))
                          Join((users.user_id = orders.user_id), "right")
                            Scan(users)
                            Filter((orders.price > 100.0))
                              Scan(orders)
                        """);
    }

    @Test
    void rightJoinDoesNotPushWhereOnTheNullExtendedLeftSide() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.RIGHT, joinKeys), onUsers))
                .doesNotFire();
    }

    @Test
    void fullJoinPushesNothingFromWhere() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.FULL, joinKeys), and(onUsers, onOrders, onBoth)))
                .doesNotFire();
    }

    @Test
    void outerJoinDoesNotTakeATwoSidedWhereIntoItsCondition() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.LEFT, joinKeys), onBoth))
                .doesNotFire();
    }

    @Test
    void aConstantConjunctStaysAboveTheJoin() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.INNER, joinKeys), and(Literal.nullOf(io.minispark.types.DataType.BOOLEAN), onUsers)))
                .matches("""
                        Filter(NULL)
                          Join((users.user_id = orders.user_id), "inner")
                            Filter((users.age > 30))
                              Scan(users)
                            Scan(orders)
                        """);
    }

    @Test
    void aDisjunctionOverBothSidesMovesAsOneConjunct() {
        Expression either = or(onUsers, onOrders);
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.INNER, joinKeys), either))
                .matches("""
                        Join(((users.user_id = orders.user_id) AND ((users.age > 30) OR (orders.price > 100.0))), "inner")
                          Scan(users)
                          Scan(orders)
                        """);
    }

    @Test
    void innerJoinPushesOneSidedOnConjunctsToTheirSides() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(join(users, orders, JoinType.INNER, and(joinKeys, onUsers, onOrders)))
                .matches("""
                        Join((users.user_id = orders.user_id), "inner")
                          Filter((users.age > 30))
                            Scan(users)
                          Filter((orders.price > 100.0))
                            Scan(orders)
                        """);
    }

    @Test
    void innerJoinLeftWithoutAConditionBecomesACrossJoin() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(join(users, orders, JoinType.INNER, onUsers))
                .matches("""
                        Join("cross")
                          Filter((users.age > 30))
                            Scan(users)
                          Scan(orders)
                        """);
    }

    @Test
    void leftJoinPushesOnConjunctsOfTheNonPreservedRightSideOnly() {
        // ON u.age > 30 in a LEFT join keeps every user, only unmatched: it must stay in the condition.
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(join(users, orders, JoinType.LEFT, and(joinKeys, onUsers, onOrders)))
                .matches("""
                        Join(((users.user_id = orders.user_id) AND (users.age > 30)), "left")
                          Scan(users)
                          Filter((orders.price > 100.0))
                            Scan(orders)
                        """);
    }

    @Test
    void rightJoinPushesOnConjunctsOfTheNonPreservedLeftSideOnly() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(join(users, orders, JoinType.RIGHT, and(joinKeys, onUsers, onOrders)))
                .matches("""
                        Join(((users.user_id = orders.user_id) AND (orders.price > 100.0)), "right")
                          Filter((users.age > 30))
                            Scan(users)
                          Scan(orders)
                        """);
    }

    @Test
    void fullJoinKeepsItsOnConditionWhole() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(join(users, orders, JoinType.FULL, and(joinKeys, onUsers, onOrders)))
                .doesNotFire();
    }

    @Test
    void doesNotFireOnAJoinWithOnlyTwoSidedConditions() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(join(users, orders, JoinType.INNER, and(joinKeys, onBoth)))
                .doesNotFire();
    }

    @Test
    void semiJoinConditionSendsOneSidedConjunctsToBothSides() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(join(users, orders, JoinType.LEFT_SEMI, and(joinKeys, onUsers, onOrders)))
                .matches("""
                        Join((users.user_id = orders.user_id), "left_semi")
                          Filter((users.age > 30))
                            Scan(users)
                          Filter((orders.price > 100.0))
                            Scan(orders)
                        """);
    }

    @Test
    void antiJoinConditionKeepsLeftOnlyConjunctsButPushesRightOnlyOnes() {
        // A left row failing the condition has no match, so the anti join must keep it: it cannot be filtered out.
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(join(users, orders, JoinType.LEFT_ANTI, and(joinKeys, onUsers, onOrders)))
                .matches("""
                        Join(((users.user_id = orders.user_id) AND (users.age > 30)), "left_anti")
                          Scan(users)
                          Filter((orders.price > 100.0))
                            Scan(orders)
                        """);
    }

    @Test
    void whereOverAnAntiJoinGoesToItsLeftSide() {
        RuleAssert.assertThat(new PushFilterIntoJoin())
                .on(filter(join(users, orders, JoinType.LEFT_ANTI, joinKeys), onUsers))
                .matches("""
                        Join((users.user_id = orders.user_id), "left_anti")
                          Filter((users.age > 30))
                            Scan(users)
                          Scan(orders)
                        """);
    }
}
