package io.minispark.analysis;

import static io.minispark.analysis.AnalysisAssertions.assertError;
import static io.minispark.analysis.AnalysisAssertions.exprs;
import static io.minispark.api.functions.col;
import static io.minispark.logical.TestPlans.users;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.errors.ErrorCode;
import io.minispark.logical.Attribute;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.Join;
import io.minispark.logical.JoinType;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Scan;
import io.minispark.logical.SubqueryAlias;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One DataFrame on both sides of a join gets fresh column identities on the right. */
class SelfJoinTest {
    private final Scan users = users();

    private static Set<Long> ids(LogicalPlan plan) {
        return Expressions.ids(plan.output());
    }

    @Test
    void theTwoSidesOfASelfJoinGetDifferentAttributeIds() {
        Join join = (Join) Analyzer.join(Analyzer.alias(users, "a"), Analyzer.alias(users, "b"), JoinType.INNER,
                col("a.user_id").equalTo(col("b.user_id")).expression());
        assertThat(ids(join.left())).isEqualTo(ids(users));
        assertThat(ids(join.right())).doesNotContainAnyElementsOf(ids(users)).hasSize(5);
        assertThat(join.right().output()).extracting(Attribute::qualifiedName)
                .containsExactly("b.user_id", "b.first_name", "b.last_name", "b.age", "b.country");
        Set<Long> referenced = Expressions.references(join.condition());
        assertThat(referenced).hasSize(2).containsAnyElementsOf(ids(join.left())).containsAnyElementsOf(ids(join.right()));
    }

    @Test
    void columnsOfTheFreshSideStillResolveByItsAlias() {
        LogicalPlan join = Analyzer.join(Analyzer.alias(users, "a"), Analyzer.alias(users, "b"), JoinType.LEFT,
                col("a.user_id").equalTo(col("b.user_id")).expression());
        LogicalPlan selected = Analyzer.select(join, exprs(col("a.age"), col("b.age")));
        assertThat(selected.output().get(0).id()).isNotEqualTo(selected.output().get(1).id());
    }

    @Test
    void expressionsInsideTheCopiedSideReferToItsFreshColumns() {
        LogicalPlan adults = Analyzer.filter(users, col("age").gt(17).expression());
        Join join = (Join) Analyzer.join(adults, Analyzer.alias(adults, "b"), JoinType.CROSS, null);
        Filter rightFilter = (Filter) ((SubqueryAlias) join.right()).child();
        assertThat(Expressions.references(rightFilter.condition())).isSubsetOf(ids(rightFilter.child()))
                .doesNotContainAnyElementsOf(ids(users));
    }

    @Test
    void withoutAliasesTheSidesAreAmbiguous() {
        LogicalPlan join = Analyzer.join(users, users, JoinType.CROSS, null);
        assertError(ErrorCode.AMBIGUOUS_COLUMN, () -> Analyzer.select(join, exprs(col("users.age"))));
    }

    @Test
    void differentTablesAreNotCopied() {
        Scan other = users();
        Join join = (Join) Analyzer.join(users, other, JoinType.CROSS, null);
        assertThat(join.right()).isSameAs(other);
    }

    @Test
    void outerJoinsNeedAConditionAndACrossJoinTakesNone() {
        assertError(ErrorCode.INVALID_ARGUMENT, () -> Analyzer.join(users, users(), JoinType.LEFT, null));
        assertThat(((Join) Analyzer.join(users, users(), JoinType.INNER, null)).joinType()).isEqualTo(JoinType.CROSS);
    }
}
