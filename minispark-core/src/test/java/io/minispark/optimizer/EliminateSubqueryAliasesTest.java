package io.minispark.optimizer;

import static io.minispark.logical.TestPlans.as;
import static io.minispark.logical.TestPlans.attr;
import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.eq;
import static io.minispark.logical.TestPlans.filter;
import static io.minispark.logical.TestPlans.gt;
import static io.minispark.logical.TestPlans.join;
import static io.minispark.logical.TestPlans.lit;
import static io.minispark.logical.TestPlans.orders;
import static io.minispark.logical.TestPlans.plus;
import static io.minispark.logical.TestPlans.users;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.logical.Attribute;
import io.minispark.logical.JoinType;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import io.minispark.logical.SubqueryAlias;
import java.util.List;
import org.junit.jupiter.api.Test;

class EliminateSubqueryAliasesTest {
    private final Scan users = users();
    private final Scan orders = orders();

    private static List<String> names(LogicalPlan plan) {
        return plan.output().stream().map(Attribute::qualifiedName).toList();
    }

    @Test
    void anAliasedScanBecomesTheScanWithItsColumnsRequalified() {
        SubqueryAlias u = new SubqueryAlias("u", users);
        LogicalPlan result = RuleAssert.assertThat(new EliminateSubqueryAliases())
                .on(filter(u, gt(col(u, "u.age"), lit(30))))
                .matches("""
                        Filter((u.age > 30))
                          Scan(users)
                        """);
        assertThat(names(result.children().get(0))).containsExactly("u.user_id", "u.first_name", "u.last_name", "u.age", "u.country");
    }

    @Test
    void aliasesOnBothSidesOfAJoinAreRemoved() {
        SubqueryAlias u = new SubqueryAlias("u", users);
        SubqueryAlias o = new SubqueryAlias("o", orders);
        LogicalPlan result = RuleAssert.assertThat(new EliminateSubqueryAliases())
                .on(join(u, o, JoinType.INNER, eq(col(u, "u.user_id"), col(o, "o.user_id"))))
                .matches("""
                        Join((u.user_id = o.user_id), "inner")
                          Scan(users)
                          Scan(orders)
                        """);
        assertThat(names(result)).startsWith("u.user_id").contains("o.order_id");
    }

    @Test
    void anAliasOverAProjectRequalifiesTheComputedColumns() {
        Project p = new Project(users, List.of(NamedExpression.of(attr(users, "age")), as(plus(col(users, "age"), lit(1)), "next_age")));
        LogicalPlan result = RuleAssert.assertThat(new EliminateSubqueryAliases())
                .on(new SubqueryAlias("t", p))
                .matches("""
                        Project(t.age, (users.age + 1) AS t.next_age)
                          Scan(users)
                        """);
        assertThat(names(result)).containsExactly("t.age", "t.next_age");
    }

    @Test
    void doesNotFireWithoutAliases() {
        RuleAssert.assertThat(new EliminateSubqueryAliases()).on(filter(users, gt(col(users, "age"), lit(30)))).doesNotFire();
    }
}
