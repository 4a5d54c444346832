package io.minispark.optimizer;

import static io.minispark.logical.TestPlans.as;
import static io.minispark.logical.TestPlans.attr;
import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.filter;
import static io.minispark.logical.TestPlans.gt;
import static io.minispark.logical.TestPlans.lit;
import static io.minispark.logical.TestPlans.project;
import static io.minispark.logical.TestPlans.users;

import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoveIdentityProjectsTest {
    private final Scan users = users();

    @Test
    void aProjectOfEveryColumnInOrderIsRemoved() {
        RuleAssert.assertThat(new RemoveIdentityProjects())
                .on(filter(project(users, "user_id", "first_name", "last_name", "age", "country"), gt(col(users, "age"), lit(1))))
                .matches("""
                        Filter((users.age > 1))
                          Scan(users)
                        """);
    }

    @Test
    void doesNotFireOnASubset() {
        RuleAssert.assertThat(new RemoveIdentityProjects()).on(project(users, "user_id", "age")).doesNotFire();
    }

    @Test
    void doesNotFireOnAReordering() {
        RuleAssert.assertThat(new RemoveIdentityProjects())
                .on(project(users, "first_name", "user_id", "last_name", "age", "country")).doesNotFire();
    }

    @Test
    void doesNotFireWhenAColumnIsComputed() {
        Project p = new Project(users, List.of(NamedExpression.of(attr(users, "user_id")), NamedExpression.of(attr(users, "first_name")),
                NamedExpression.of(attr(users, "last_name")), as(col(users, "age"), "age"), NamedExpression.of(attr(users, "country"))));
        RuleAssert.assertThat(new RemoveIdentityProjects()).on(p).doesNotFire();
    }

    @Test
    void doesNotFireWhenTheProjectRequalifiesAColumn() {
        Project p = new Project(users, users.output().stream()
                .map(a -> NamedExpression.of(a.name().equals("age") ? a.withQualifier("u") : a)).toList());
        RuleAssert.assertThat(new RemoveIdentityProjects()).on(p).doesNotFire();
    }
}
