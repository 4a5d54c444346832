package io.minispark.optimizer;

import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.filter;
import static io.minispark.logical.TestPlans.gt;
import static io.minispark.logical.TestPlans.lit;
import static io.minispark.logical.TestPlans.project;
import static io.minispark.logical.TestPlans.users;

import io.minispark.logical.Literal;
import io.minispark.logical.Scan;
import io.minispark.types.DataType;
import org.junit.jupiter.api.Test;

class RemoveTrivialFiltersTest {
    private final Scan users = users();

    @Test
    void aFilterOnConstantTrueIsRemoved() {
        RuleAssert.assertThat(new RemoveTrivialFilters())
                .on(project(filter(users, Literal.TRUE), "country"))
                .matches("""
                        Project(users.country)
                          Scan(users)
                        """);
    }

    @Test
    void doesNotFireOnConstantFalse() {
        RuleAssert.assertThat(new RemoveTrivialFilters()).on(filter(users, Literal.FALSE)).doesNotFire();
    }

    @Test
    void doesNotFireOnNullBecauseNullKeepsNoRow() {
        RuleAssert.assertThat(new RemoveTrivialFilters()).on(filter(users, Literal.nullOf(DataType.BOOLEAN))).doesNotFire();
    }

    @Test
    void doesNotFireOnAColumnCondition() {
        RuleAssert.assertThat(new RemoveTrivialFilters()).on(filter(users, gt(col(users, "age"), lit(30)))).doesNotFire();
    }
}
