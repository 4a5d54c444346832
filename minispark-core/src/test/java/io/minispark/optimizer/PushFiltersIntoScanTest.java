package io.minispark.optimizer;

import static io.minispark.logical.TestPlans.and;
import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.eq;
import static io.minispark.logical.TestPlans.filter;
import static io.minispark.logical.TestPlans.gt;
import static io.minispark.logical.TestPlans.lit;
import static io.minispark.logical.TestPlans.lt;
import static io.minispark.logical.TestPlans.or;
import static io.minispark.logical.TestPlans.plus;
import static io.minispark.logical.TestPlans.project;
import static io.minispark.logical.TestPlans.users;

import io.minispark.logical.Cast;
import io.minispark.logical.IsNull;
import io.minispark.logical.Like;
import io.minispark.logical.Literal;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Not;
import io.minispark.types.DataType;
import io.minispark.logical.Scan;
import org.junit.jupiter.api.Test;

/** Only column-versus-constant conjuncts can be checked against block min/max statistics. */
class PushFiltersIntoScanTest {
    private final Scan users = users();

    @Test
    void columnComparedWithAConstantIsHandedToTheScanAndTheFilterStays() {
        RuleAssert.assertThat(new PushFiltersIntoScan())
                .on(filter(users, and(gt(col(users, "age"), lit(30)), eq(col(users, "country"), lit("UK")))))
                .matches("""
                        Filter(((users.age > 30) AND (users.country = 'UK')))
                          Scan(users, skip blocks by: (users.age > 30) AND (users.country = 'UK'))
                        """);
    }

    @Test
    void constantOnTheLeftIsAccepted() {
        RuleAssert.assertThat(new PushFiltersIntoScan())
                .on(filter(users, lt(lit(30), col(users, "age"))))
                .matches("""
                        Filter((30 < users.age))
                          Scan(users, skip blocks by: (30 < users.age))
                        """);
    }

    @Test
    void isNullAndIsNotNullOnAColumnAreAccepted() {
        RuleAssert.assertThat(new PushFiltersIntoScan())
                .on(filter(users, and(new IsNull(col(users, "age"), false), new IsNull(col(users, "country"), true))))
                .matches("""
                        Filter(((users.age IS NULL) AND (users.country IS NOT NULL)))
                          Scan(users, skip blocks by: (users.age IS NULL) AND (users.country IS NOT NULL))
                        """);
    }

    @Test
    void onlyTheUsableConjunctsAreHandedOver() {
        RuleAssert.assertThat(new PushFiltersIntoScan())
                .on(filter(users, and(gt(plus(col(users, "age"), lit(1)), lit(30)), eq(col(users, "country"), lit("UK")))))
                .matches("""
                        Filter((((users.age + 1) > 30) AND (users.country = 'UK')))
                          Scan(users, skip blocks by: (users.country = 'UK'))
                        """);
    }

    @Test
    void doesNotFireOnColumnVersusColumn() {
        RuleAssert.assertThat(new PushFiltersIntoScan()).on(filter(users, eq(col(users, "user_id"), col(users, "age")))).doesNotFire();
    }

    @Test
    void doesNotFireOnAnExpressionVersusAConstant() {
        RuleAssert.assertThat(new PushFiltersIntoScan()).on(filter(users, gt(plus(col(users, "age"), lit(1)), lit(30)))).doesNotFire();
    }

    @Test
    void doesNotFireOnACastColumn() {
        RuleAssert.assertThat(new PushFiltersIntoScan())
                .on(filter(users, gt(new Cast(col(users, "age"), DataType.DOUBLE), lit(30.5)))).doesNotFire();
    }

    @Test
    void doesNotFireOnAComparisonWithNull() {
        RuleAssert.assertThat(new PushFiltersIntoScan())
                .on(filter(users, eq(col(users, "age"), Literal.nullOf(DataType.INT)))).doesNotFire();
    }

    @Test
    void doesNotFireOnDisjunctionsNegationsOrLike() {
        RuleAssert.assertThat(new PushFiltersIntoScan())
                .on(filter(users, and(or(gt(col(users, "age"), lit(30)), eq(col(users, "country"), lit("UK"))),
                        new Not(gt(col(users, "age"), lit(60))),
                        new Like(col(users, "country"), lit("U%"), false))))
                .doesNotFire();
    }

    @Test
    void doesNotFireOnAFilterThatIsNotDirectlyOverTheScan() {
        RuleAssert.assertThat(new PushFiltersIntoScan())
                .on(filter(project(users, "age"), gt(col(users, "age"), lit(30)))).doesNotFire();
    }

    @Test
    void doesNotFireTwice() {
        LogicalPlan once = new PushFiltersIntoScan().apply(filter(users, gt(col(users, "age"), lit(30))));
        RuleAssert.assertThat(new PushFiltersIntoScan()).on(once).doesNotFire();
    }
}
