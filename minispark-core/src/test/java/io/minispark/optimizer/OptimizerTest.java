package io.minispark.optimizer;

import static io.minispark.logical.TestPlans.and;
import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.eq;
import static io.minispark.logical.TestPlans.filter;
import static io.minispark.logical.TestPlans.gt;
import static io.minispark.logical.TestPlans.join;
import static io.minispark.logical.TestPlans.lit;
import static io.minispark.logical.TestPlans.orders;
import static io.minispark.logical.TestPlans.project;
import static io.minispark.logical.TestPlans.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Attribute;
import io.minispark.logical.Filter;
import io.minispark.logical.JoinType;
import io.minispark.logical.Limit;
import io.minispark.logical.Literal;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.PlanText;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The driver: fixed points, the output check that catches broken rules, disabled rules, fired rules. */
class OptimizerTest {
    private final Scan users = users();
    private final Scan orders = orders();

    /** A fake rule that counts its calls and otherwise defers to {@code body}. */
    private static final class Counting implements Rule {
        private final String name;
        private final java.util.function.UnaryOperator<LogicalPlan> body;
        int calls;

        Counting(String name, java.util.function.UnaryOperator<LogicalPlan> body) {
            this.name = name;
            this.body = body;
        }

        @Override
        public LogicalPlan apply(LogicalPlan plan) {
            calls++;
            return body.apply(plan);
        }

        @Override
        public String name() {
            return name;
        }
    }

    @Test
    void aRuleThatDropsAnOutputColumnIsCaught() {
        Rule broken = new Counting("DropsLastColumn", plan -> {
            List<Attribute> out = plan.output();
            return new Project(plan, out.subList(0, out.size() - 1).stream().map(NamedExpression::of).toList());
        });
        assertThatThrownBy(() -> new Optimizer(List.of(broken), Set.of()).optimize(users))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL))
                .hasMessageContaining("DropsLastColumn");
    }

    @Test
    void aRuleThatReplacesAnOutputColumnWithANewOneIsCaught() {
        Rule broken = new Counting("RenamesAge", plan -> new Project(plan, plan.output().stream()
                .map(a -> a.name().equals("age")
                        ? new NamedExpression(new io.minispark.logical.ColumnRef(a), Attribute.create(a.qualifier(), "age", a.type(), a.nullable()))
                        : NamedExpression.of(a))
                .toList()));
        assertThatThrownBy(() -> new Optimizer(List.of(broken), Set.of()).optimize(users))
                .isInstanceOf(MinisparkException.class)
                .hasMessageContaining("RenamesAge");
    }

    @Test
    void aDisabledRuleNeverRunsAndIsNotReportedAsFired() {
        Counting peel = new Counting("PeelLimit", plan -> plan instanceof Limit l ? l.child() : plan);
        Optimizer optimizer = new Optimizer(List.of(peel), Set.of("PeelLimit"));
        LogicalPlan plan = new Limit(users, 3, 0);
        assertThat(optimizer.optimize(plan)).isSameAs(plan);
        assertThat(peel.calls).isZero();
        assertThat(optimizer.firedRules()).isEmpty();
    }

    @Test
    void rulesRunToAFixedPoint() {
        Counting peel = new Counting("PeelLimit", plan -> plan instanceof Limit l ? l.child() : plan);
        Optimizer optimizer = new Optimizer(List.of(peel), Set.of());
        assertThat(optimizer.optimize(new Limit(new Limit(new Limit(users, 1, 0), 2, 0), 3, 0))).isSameAs(users);
        assertThat(peel.calls).as("three rounds that fire, one that finds nothing left").isEqualTo(4);
        assertThat(optimizer.firedRules()).containsExactly("PeelLimit");
    }

    @Test
    void aRuleThatNeverSettlesIsStoppedAfterABoundedNumberOfRounds() {
        Counting flipFlop = new Counting("FlipFlop", plan -> plan instanceof Limit l ? l.child() : new Limit(plan, -1, 0));
        new Optimizer(List.of(flipFlop), Set.of()).optimize(users);
        assertThat(flipFlop.calls).isBetween(2, 100);
    }

    @Test
    void aRuleReturningAnEqualCopyDidNotFire() {
        Counting copy = new Counting("Copies", plan -> new Limit(((Limit) plan).child(), 3, 0));
        Optimizer optimizer = new Optimizer(List.of(copy), Set.of());
        optimizer.optimize(new Limit(users, 3, 0));
        assertThat(optimizer.firedRules()).isEmpty();
    }

    @Test
    void firedRulesAreRecordedInOrderWithoutRepeats() {
        Optimizer optimizer = new Optimizer(List.of(new RemoveTrivialFilters(), new MergeFilters(), new FoldConstants()), Set.of());
        LogicalPlan plan = filter(filter(filter(users, gt(col(users, "age"), lit(30))), Literal.TRUE), eq(lit(1), lit(1)));
        LogicalPlan optimized = optimizer.optimize(plan);
        assertThat(PlanText.of(optimized)).isEqualTo(PlanText.expected("""
                Filter((users.age > 30))
                  Scan(users)
                """));
        // Round 1: TRUE filter removed, the other two merged, (x AND (1 = 1)) folded; round 2 finds nothing.
        assertThat(optimizer.firedRules()).containsExactly("RemoveTrivialFilters", "MergeFilters", "FoldConstants");
    }

    private LogicalPlan usersJoinOrdersWhere() {
        LogicalPlan joined = join(users, orders, JoinType.INNER, eq(col(users, "users.user_id"), col(orders, "orders.user_id")));
        return project(filter(joined, and(gt(col(users, "age"), lit(30)), gt(col(orders, "price"), lit(100.0)))), "country", "price");
    }

    @Test
    void theFullOptimizerPushesFiltersPrunesColumnsAndHandsBlockFiltersToTheScans() {
        Optimizer optimizer = new Optimizer();
        LogicalPlan optimized = optimizer.optimize(usersJoinOrdersWhere());
        assertThat(PlanText.of(optimized)).isEqualTo(PlanText.expected("""
                Project(users.country, orders.price)
                  Join((users.user_id = orders.user_id), "inner")
                    Filter((users.age > 30))
                      Scan(users, columns: [user_id, age, country], skip blocks by: (users.age > 30))
                    Filter((orders.price > 100.0))
                      Scan(orders, columns: [user_id, price], skip blocks by: (orders.price > 100.0))
                """));
        assertThat(optimizer.firedRules()).containsExactly("PushFilterIntoJoin", "PruneColumns", "PushFiltersIntoScan");
    }

    @Test
    void disablingARuleByNameLeavesItsWorkUndone() {
        Optimizer optimizer = new Optimizer(Set.of("PushFilterIntoJoin"));
        LogicalPlan optimized = optimizer.optimize(usersJoinOrdersWhere());
        assertThat(optimized).isInstanceOf(Project.class);
        assertThat(((Project) optimized).child()).isInstanceOf(Filter.class);
        assertThat(optimizer.firedRules()).doesNotContain("PushFilterIntoJoin").contains("PruneColumns");
    }

    @Test
    void havingOnAGroupingKeyEndsUpBelowTheAggregateAndAsABlockFilterOfTheScan() {
        LogicalPlan plan = io.minispark.analysis.Analyzer.aggregate(users,
                List.of(io.minispark.api.functions.col("country").expression()),
                List.of(io.minispark.api.functions.col("country").expression(), io.minispark.api.functions.count().alias("n").expression()),
                io.minispark.api.functions.col("country").equalTo("UK").expression());
        assertThat(PlanText.of(new Optimizer().optimize(plan))).isEqualTo(PlanText.expected("""
                Aggregate(group_by: users.country, agg: [count(*) AS n])
                  Filter((users.country = 'UK'))
                    Scan(users, columns: [country], skip blocks by: (users.country = 'UK'))
                """));
    }

    @Test
    void theFullOptimizerKeepsAWhereOnTheNullExtendedSideAboveALeftJoin() {
        LogicalPlan joined = join(users, orders, JoinType.LEFT, eq(col(users, "users.user_id"), col(orders, "orders.user_id")));
        LogicalPlan plan = project(filter(joined, new io.minispark.logical.IsNull(col(orders, "orders.order_id"), false)), "country");
        assertThat(PlanText.of(new Optimizer().optimize(plan))).isEqualTo(PlanText.expected("""
                Project(users.country)
                  Filter((orders.order_id IS NULL))
                    Join((users.user_id = orders.user_id), "left")
                      Scan(users, columns: [user_id, country])
                      Scan(orders, columns: [order_id, user_id])
                """));
    }
}
