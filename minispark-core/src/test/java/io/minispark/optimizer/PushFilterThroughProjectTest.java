package io.minispark.optimizer;

import static io.minispark.logical.TestPlans.as;
import static io.minispark.logical.TestPlans.attr;
import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.eq;
import static io.minispark.logical.TestPlans.filter;
import static io.minispark.logical.TestPlans.gt;
import static io.minispark.logical.TestPlans.lit;
import static io.minispark.logical.TestPlans.plus;
import static io.minispark.logical.TestPlans.users;

import io.minispark.logical.AggregateCall;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import io.minispark.types.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushFilterThroughProjectTest {
    private final Scan users = users();

    @Test
    void filterGoesBelowTheProjectWithComputedColumnsReplacedByTheirDefinitions() {
        Project p = new Project(users, List.of(NamedExpression.of(attr(users, "country")), as(plus(col(users, "age"), lit(1)), "next_age")));
        RuleAssert.assertThat(new PushFilterThroughProject())
                .on(filter(p, gt(col(p, "next_age"), lit(30))))
                .matches("""
                        Project(users.country, (users.age + 1) AS next_age)
                          Filter(((users.age + 1) > 30))
                            Scan(users)
                        """);
    }

    @Test
    void passThroughColumnsKeepTheirReference() {
        Project p = new Project(users, List.of(NamedExpression.of(attr(users, "country"))));
        RuleAssert.assertThat(new PushFilterThroughProject())
                .on(filter(p, eq(col(p, "country"), lit("UK"))))
                .matches("""
                        Project(users.country)
                          Filter((users.country = 'UK'))
                            Scan(users)
                        """);
    }

    @Test
    void doesNotFireOnAProjectThatStillHoldsAnAggregate() {
        Project p = new Project(users, List.of(as(new AggregateCall(AggregateCall.Function.COUNT, null, false, DataType.BIGINT), "n")));
        RuleAssert.assertThat(new PushFilterThroughProject()).on(filter(p, gt(col(p, "n"), lit(1L)))).doesNotFire();
    }

    @Test
    void doesNotFireOnAFilterOverAScan() {
        RuleAssert.assertThat(new PushFilterThroughProject()).on(filter(users, gt(col(users, "age"), lit(1)))).doesNotFire();
    }
}
