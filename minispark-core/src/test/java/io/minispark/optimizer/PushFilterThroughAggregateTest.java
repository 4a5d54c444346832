package io.minispark.optimizer;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.lit;
import static io.minispark.logical.TestPlans.as;
import static io.minispark.logical.TestPlans.users;

import io.minispark.analysis.Analyzer;
import io.minispark.analysis.UnresolvedExpression;
import io.minispark.api.Column;
import io.minispark.logical.Aggregate;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.Filter;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Scan;
import io.minispark.logical.TestPlans;
import io.minispark.types.DataType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HAVING on grouping keys is a WHERE in disguise: it filters rows before they are aggregated. */
class PushFilterThroughAggregateTest {
    private final Scan users = users();

    private static List<UnresolvedExpression> exprs(Column... columns) {
        return Arrays.stream(columns).map(Column::expression).toList();
    }

    private LogicalPlan byCountryHaving(Column having) {
        return Analyzer.aggregate(users, exprs(col("country")), exprs(col("country"), count().alias("n")), having.expression());
    }

    @Test
    void havingOnAGroupingKeyIsAppliedBeforeAggregating() {
        RuleAssert.assertThat(new PushFilterThroughAggregate())
                .on(byCountryHaving(col("country").equalTo("UK")))
                .matches("""
                        Aggregate(group_by: users.country, agg: [count(*) AS n])
                          Filter((users.country = 'UK'))
                            Scan(users)
                        """);
    }

    @Test
    void onlyTheKeyConjunctsGoBelowTheAggregatesStayAbove() {
        RuleAssert.assertThat(new PushFilterThroughAggregate())
                .on(byCountryHaving(col("country").notEqual("UK").and(count().gt(1))))
                .matches("""
                        Project(users.country, n)
                          Filter((_having_count(*) > 1))
                            Aggregate(group_by: users.country, agg: [count(*) AS n, count(*) AS _having_count(*)])
                              Filter((users.country != 'UK'))
                                Scan(users)
                        """);
    }

    @Test
    void aComputedKeyIsReplacedByItsDefinition() {
        Aggregate aggregate = new Aggregate(users, List.of(as(new io.minispark.logical.Arithmetic(io.minispark.logical.Arithmetic.Op.ADD,
                TestPlans.col(users, "age"), TestPlans.lit(1), DataType.INT), "next_age")),
                List.of(as(new AggregateCall(AggregateCall.Function.COUNT, null, false, DataType.BIGINT), "n")));
        RuleAssert.assertThat(new PushFilterThroughAggregate())
                .on(new Filter(aggregate, TestPlans.gt(TestPlans.col(aggregate, "next_age"), TestPlans.lit(30))))
                .matches("""
                        Aggregate(group_by: (users.age + 1) AS next_age, agg: [count(*) AS n])
                          Filter(((users.age + 1) > 30))
                            Scan(users)
                        """);
    }

    @Test
    void doesNotFireOnHavingOverAggregatesOnly() {
        LogicalPlan plan = byCountryHaving(count().gt(1));
        RuleAssert.assertThat(new PushFilterThroughAggregate()).on(plan).doesNotFire();
    }

    @Test
    void doesNotFireOnAConstantHaving() {
        RuleAssert.assertThat(new PushFilterThroughAggregate()).on(byCountryHaving(lit(1).equalTo(2))).doesNotFire();
    }

    @Test
    void doesNotFireOnAGlobalAggregate() {
        Aggregate global = new Aggregate(users, List.of(),
                List.of(as(new AggregateCall(AggregateCall.Function.COUNT, null, false, DataType.BIGINT), "n")));
        RuleAssert.assertThat(new PushFilterThroughAggregate())
                .on(new Filter(global, TestPlans.gt(TestPlans.col(global, "n"), TestPlans.lit(1L))))
                .doesNotFire();
    }
}
