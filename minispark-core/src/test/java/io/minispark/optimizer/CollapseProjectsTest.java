package io.minispark.optimizer;

import static io.minispark.logical.TestPlans.as;
import static io.minispark.logical.TestPlans.attr;
import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.lit;
import static io.minispark.logical.TestPlans.plus;
import static io.minispark.logical.TestPlans.project;
import static io.minispark.logical.TestPlans.times;
import static io.minispark.logical.TestPlans.users;

import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollapseProjectsTest {
    private final Scan users = users();

    @Test
    void projectOverProjectBecomesOneWithTheInnerExpressionsSubstituted() {
        Project inner = new Project(users, List.of(as(times(col(users, "age"), lit(2)), "double_age"),
                NamedExpression.of(attr(users, "country"))));
        Project outer = new Project(inner, List.of(NamedExpression.of(attr(inner, "country")),
                as(plus(col(inner, "double_age"), lit(1)), "x")));
        RuleAssert.assertThat(new CollapseProjects()).on(outer).matches("""
                Project(users.country, ((users.age * 2) + 1) AS x)
                  Scan(users)
                """);
    }

    @Test
    void aTrivialInnerColumnUsedTwiceStillCollapses() {
        Project inner = project(users, "age");
        Project outer = new Project(inner, List.of(as(plus(col(inner, "age"), col(inner, "age")), "twice")));
        RuleAssert.assertThat(new CollapseProjects()).on(outer).matches("""
                Project((users.age + users.age) AS twice)
                  Scan(users)
                """);
    }

    @Test
    void threeProjectsCollapseIntoOne() {
        Project p1 = new Project(users, List.of(as(plus(col(users, "age"), lit(1)), "a")));
        Project p2 = new Project(p1, List.of(as(times(col(p1, "a"), lit(2)), "b")));
        Project p3 = new Project(p2, List.of(as(plus(col(p2, "b"), lit(3)), "c")));
        RuleAssert.assertThat(new CollapseProjects()).on(p3).matches("""
                Project((((users.age + 1) * 2) + 3) AS c)
                  Scan(users)
                """);
    }

    @Test
    void doesNotFireWhenThatWouldComputeAnInnerExpressionTwice() {
        Project inner = new Project(users, List.of(as(times(col(users, "age"), lit(2)), "double_age")));
        Project outer = new Project(inner, List.of(as(plus(col(inner, "double_age"), col(inner, "double_age")), "x")));
        RuleAssert.assertThat(new CollapseProjects()).on(outer).doesNotFire();
    }

    @Test
    void doesNotFireOnASingleProject() {
        RuleAssert.assertThat(new CollapseProjects()).on(project(users, "age")).doesNotFire();
    }
}
