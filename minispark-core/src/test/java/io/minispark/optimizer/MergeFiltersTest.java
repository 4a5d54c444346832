package io.minispark.optimizer;

import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.eq;
import static io.minispark.logical.TestPlans.filter;
import static io.minispark.logical.TestPlans.gt;
import static io.minispark.logical.TestPlans.lit;
import static io.minispark.logical.TestPlans.lt;
import static io.minispark.logical.TestPlans.project;
import static io.minispark.logical.TestPlans.users;

import io.minispark.logical.Scan;
import org.junit.jupiter.api.Test;

class MergeFiltersTest {
    private final Scan users = users();

    @Test
    void twoFiltersInARowBecomeOneOnTheirConjunctionInnerFirst() {
        RuleAssert.assertThat(new MergeFilters())
                .on(filter(filter(users, gt(col(users, "age"), lit(30))), eq(col(users, "country"), lit("UK"))))
                .matches("""
                        Filter(((users.age > 30) AND (users.country = 'UK')))
                          Scan(users)
                        """);
    }

    @Test
    void aChainOfThreeFiltersMergesInOnePass() {
        RuleAssert.assertThat(new MergeFilters())
                .on(filter(filter(filter(users, gt(col(users, "age"), lit(30))), lt(col(users, "age"), lit(60))),
                        eq(col(users, "country"), lit("UK"))))
                .matches("""
                        Filter((((users.age > 30) AND (users.age < 60)) AND (users.country = 'UK')))
                          Scan(users)
                        """);
    }

    @Test
    void doesNotFireOnASingleFilter() {
        RuleAssert.assertThat(new MergeFilters()).on(filter(users, gt(col(users, "age"), lit(30)))).doesNotFire();
    }

    @Test
    void doesNotFireOnFiltersSeparatedByAProject() {
        RuleAssert.assertThat(new MergeFilters())
                .on(filter(project(filter(users, gt(col(users, "age"), lit(30))), "age", "country"),
                        eq(col(users, "country"), lit("UK"))))
                .doesNotFire();
    }
}
