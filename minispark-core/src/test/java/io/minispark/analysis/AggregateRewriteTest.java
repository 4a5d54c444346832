package io.minispark.analysis;

import static io.minispark.analysis.AnalysisAssertions.assertError;
import static io.minispark.analysis.AnalysisAssertions.exprs;
import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.countDistinct;
import static io.minispark.api.functions.sum;
import static io.minispark.logical.TestPlans.users;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.Column;
import io.minispark.errors.ErrorCode;
import io.minispark.logical.Aggregate;
import io.minispark.logical.Attribute;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.PlanText;
import io.minispark.logical.Scan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aggregates are lifted into an Aggregate node, HAVING filters hidden columns, the Project comes last. */
class AggregateRewriteTest {
    private final Scan users = users();

    private LogicalPlan byCountry(Column... aggregates) {
        return Analyzer.groupBy(users, exprs(col("country")), exprs(aggregates));
    }

    private static String text(LogicalPlan plan) {
        return PlanText.of(plan);
    }

    @Test
    void aGlobalAggregateNeedsNoProject() {
        assertThat(text(Analyzer.select(users, exprs(sum(col("age")))))).isEqualTo(PlanText.expected("""
                Aggregate(group_by: , agg: [sum(users.age) AS sum(age)])
                  Scan(users)
                """));
    }

    @Test
    void groupByOutputsTheKeysThenTheAggregatesWithoutAProject() {
        LogicalPlan plan = byCountry(count().alias("n"));
        assertThat(text(plan)).isEqualTo(PlanText.expected("""
                Aggregate(group_by: users.country, agg: [count(*) AS n])
                  Scan(users)
                """));
        assertThat(plan.output()).extracting(Attribute::qualifiedName).containsExactly("users.country", "n");
    }

    @Test
    void anAggregateInsideAnExpressionIsComputedBelowAndTheExpressionAbove() {
        assertThat(text(byCountry(sum(col("age")).multiply(2).alias("twice")))).isEqualTo(PlanText.expected("""
                Project(users.country, (sum(users.age) * 2) AS twice)
                  Aggregate(group_by: users.country, agg: [sum(users.age) AS sum(users.age)])
                    Scan(users)
                """));
    }

    @Test
    void theSameAggregateWrittenTwiceIsComputedOnce() {
        LogicalPlan plan = byCountry(sum(col("age")).alias("total"), sum(col("age")).multiply(2).alias("twice"));
        Aggregate aggregate = (Aggregate) plan.children().get(0);
        assertThat(aggregate.aggregates()).hasSize(1);
        assertThat(plan.output()).extracting(Attribute::name).containsExactly("country", "total", "twice");
    }

    @Test
    void havingOnAnAggregateFiltersAHiddenColumnThatTheProjectDrops() {
        LogicalPlan plan = Analyzer.aggregate(users, exprs(col("country")), exprs(col("country"), count().alias("n")),
                sum(col("age")).gt(100).expression());
        assertThat(text(plan)).isEqualTo(PlanText.expected("""
                Project(users.country, n)
                  Filter((_having_sum(users.age) > 100))
                    Aggregate(group_by: users.country, agg: [count(*) AS n, sum(users.age) AS _having_sum(users.age)])
                      Scan(users)
                """));
        assertThat(plan.output()).extracting(Attribute::name).containsExactly("country", "n");
    }

    @Test
    void filterWithAnAggregateAfterGroupByIsAHaving() {
        LogicalPlan plan = Analyzer.filter(byCountry(count().alias("n")), sum(col("age")).gt(100).expression());
        assertThat(text(plan)).isEqualTo(PlanText.expected("""
                Project(users.country, n)
                  Filter((_having_sum(users.age) > 100))
                    Aggregate(group_by: users.country, agg: [count(*) AS n, sum(users.age) AS _having_sum(users.age)])
                      Scan(users)
                """));
    }

    @Test
    void anExpressionOfTheGroupingKeyIsAllowed() {
        LogicalPlan plan = Analyzer.groupBy(users, exprs(col("age").plus(1).alias("next_age")), exprs(count().alias("n")));
        LogicalPlan selected = Analyzer.select(plan, exprs(col("next_age").multiply(2).alias("x")));
        assertThat(text(selected)).startsWith("Project((next_age * 2) AS x)");
        LogicalPlan sameExpression = Analyzer.aggregate(users, exprs(col("age").plus(1)), exprs(col("age").plus(1).multiply(2).alias("x")), null);
        assertThat(text(sameExpression)).startsWith("Project(((age + 1) * 2) AS x)");
    }

    @Test
    void aColumnNeitherGroupedNorAggregatedIsNotGrouped() {
        assertError(ErrorCode.NOT_GROUPED, () -> byCountry(col("first_name")))
                .hasMessageContaining("users.first_name");
        assertError(ErrorCode.NOT_GROUPED, () -> byCountry(sum(col("age")).plus(col("age"))));
    }

    @Test
    void havingOnAColumnNeitherGroupedNorAggregatedIsNotGrouped() {
        assertError(ErrorCode.NOT_GROUPED, () -> Analyzer.aggregate(users, exprs(col("country")), exprs(col("country")),
                col("age").gt(3).expression()));
    }

    @Test
    void anAggregateInWhereIsRejected() {
        assertError(ErrorCode.AGGREGATE_IN_WHERE, () -> Analyzer.filter(users, sum(col("age")).gt(1).expression()))
                .hasMessageContaining("SUM").hasMessageContaining("WHERE");
    }

    @Test
    void anAggregateInGroupByIsRejected() {
        assertError(ErrorCode.AGGREGATE_IN_WHERE, () -> Analyzer.groupBy(users, exprs(sum(col("age"))), exprs(count())));
    }

    @Test
    void nestedAggregatesAreRejected() {
        assertError(ErrorCode.AGGREGATE_IN_WHERE, () -> Analyzer.select(users, exprs(sum(count()))));
    }

    @Test
    void aggregatingAStringIsATypeMismatch() {
        assertError(ErrorCode.TYPE_MISMATCH, () -> Analyzer.select(users, exprs(sum(col("country")))));
    }

    @Test
    void distinctAggregatesKeepTheirDistinctFlag() {
        assertThat(text(byCountry(countDistinct(col("age")).alias("ages")))).startsWith(
                "Aggregate(group_by: users.country, agg: [count(DISTINCT users.age) AS ages])");
    }

    @Test
    void distinctIsAnAggregateOnEveryColumn() {
        LogicalPlan distinct = Analyzer.distinct(Analyzer.select(users, exprs(col("country"))));
        assertThat(text(distinct)).isEqualTo(PlanText.expected("""
                Aggregate(group_by: users.country, agg: [])
                  Project(users.country)
                    Scan(users)
                """));
        assertThat(List.copyOf(distinct.output())).hasSize(1);
    }
}
