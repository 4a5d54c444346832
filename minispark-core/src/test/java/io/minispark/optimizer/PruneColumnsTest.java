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
import static io.minispark.logical.TestPlans.project;
import static io.minispark.logical.TestPlans.times;
import static io.minispark.logical.TestPlans.users;

import io.minispark.logical.Aggregate;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.JoinType;
import io.minispark.logical.Limit;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import io.minispark.logical.Sort;
import io.minispark.logical.SortOrder;
import io.minispark.types.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every node keeps only the columns something above it reads; the scan reads only those. */
class PruneColumnsTest {
    private final Scan users = users();
    private final Scan orders = orders();

    private static AggregateCall countStar() {
        return new AggregateCall(AggregateCall.Function.COUNT, null, false, DataType.BIGINT);
    }

    @Test
    void theScanReadsTheProjectedColumnsAndThoseTheFilterNeeds() {
        RuleAssert.assertThat(new PruneColumns())
                .on(project(filter(users, gt(col(users, "age"), lit(30))), "country"))
                .matches("""
                        Project(users.country)
                          Filter((users.age > 30))
                            Scan(users, columns: [age, country])
                        """);
    }

    @Test
    void countStarKeepsOneColumnSoThatRowsStillCount() {
        RuleAssert.assertThat(new PruneColumns())
                .on(new Aggregate(users, List.of(), List.of(as(countStar(), "n"))))
                .matches("""
                        Aggregate(group_by: , agg: [count(*) AS n])
                          Scan(users, columns: [user_id])
                        """);
    }

    @Test
    void unusedAggregatesAreDroppedAndTheirInputsNoLongerRead() {
        Aggregate aggregate = new Aggregate(orders, List.of(NamedExpression.of(attr(orders, "product"))),
                List.of(as(countStar(), "n"), as(new AggregateCall(AggregateCall.Function.SUM, col(orders, "quantity"), false, DataType.BIGINT), "total")));
        RuleAssert.assertThat(new PruneColumns())
                .on(project(aggregate, "product", "n"))
                .matches("""
                        Project(orders.product, n)
                          Aggregate(group_by: orders.product, agg: [count(*) AS n])
                            Scan(orders, columns: [product])
                        """);
    }

    @Test
    void eachJoinSideReadsItsOutputColumnsAndKeys() {
        LogicalPlan joined = join(users, orders, JoinType.INNER, eq(col(users, "users.user_id"), col(orders, "orders.user_id")));
        RuleAssert.assertThat(new PruneColumns())
                .on(project(joined, "country", "price"))
                .matches("""
                        Project(users.country, orders.price)
                          Join((users.user_id = orders.user_id), "inner")
                            Scan(users, columns: [user_id, country])
                            Scan(orders, columns: [user_id, price])
                        """);
    }

    @Test
    void unusedComputedColumnsOfAnInnerProjectAreDropped() {
        Project inner = new Project(users, List.of(NamedExpression.of(attr(users, "country")), as(times(col(users, "age"), lit(2)), "double_age")));
        RuleAssert.assertThat(new PruneColumns())
                .on(project(inner, "country"))
                .matches("""
                        Project(users.country)
                          Project(users.country)
                            Scan(users, columns: [country])
                        """);
    }

    @Test
    void sortKeysAreReadEvenWhenNotOutput() {
        Sort sorted = new Sort(users, List.of(SortOrder.of(col(users, "age"), false)));
        RuleAssert.assertThat(new PruneColumns())
                .on(project(new Limit(sorted, 3, 0), "first_name"))
                .matches("""
                        Project(users.first_name)
                          Limit(3)
                            Sort(users.age DESC NULLS LAST)
                              Scan(users, columns: [first_name, age])
                        """);
    }

    @Test
    void doesNotFireOnAScanOfEveryColumn() {
        RuleAssert.assertThat(new PruneColumns()).on(users).doesNotFire();
    }

    @Test
    void doesNotFireOnAnAlreadyPrunedPlan() {
        LogicalPlan pruned = new PruneColumns().apply(project(filter(users, gt(col(users, "age"), lit(30))), "country"));
        RuleAssert.assertThat(new PruneColumns()).on(pruned).doesNotFire();
    }
}
