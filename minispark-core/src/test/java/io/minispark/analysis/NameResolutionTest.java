package io.minispark.analysis;

import static io.minispark.analysis.AnalysisAssertions.assertError;
import static io.minispark.analysis.AnalysisAssertions.selected;
import static io.minispark.api.functions.col;
import static io.minispark.api.functions.upper;
import static io.minispark.logical.TestPlans.attr;
import static io.minispark.logical.TestPlans.orders;
import static io.minispark.logical.TestPlans.users;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.Column;
import io.minispark.errors.ErrorCode;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.JoinType;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Scan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names are looked up case-insensitively, qualified or not; misses suggest near names. */
class NameResolutionTest {
    private final Scan users = users();
    private final Scan orders = orders();

    private LogicalPlan usersJoinOrders() {
        return Analyzer.join(Analyzer.alias(users, "u"), Analyzer.alias(orders, "o"), JoinType.INNER,
                col("u.user_id").equalTo(col("o.user_id")).expression());
    }

    @Test
    void anUnqualifiedNameFindsTheColumn() {
        assertThat(selected(users, col("age"))).isEqualTo(new ColumnRef(attr(users, "age")));
    }

    @Test
    void aQualifiedNameFindsTheColumn() {
        assertThat(selected(users, col("users.age"))).isEqualTo(new ColumnRef(attr(users, "age")));
    }

    @Test
    void namesAndQualifiersAreCaseInsensitive() {
        assertThat(selected(users, col("AGE"))).isEqualTo(new ColumnRef(attr(users, "age")));
        assertThat(selected(users, col("Users.Age"))).isEqualTo(new ColumnRef(attr(users, "age")));
    }

    @Test
    void aTableAliasReplacesTheTablesNameAsQualifier() {
        LogicalPlan u = Analyzer.alias(users, "u");
        assertThat(((ColumnRef) selected(u, col("u.age"))).attribute().id()).isEqualTo(attr(users, "age").id());
        assertError(ErrorCode.COLUMN_NOT_FOUND, () -> selected(u, col("users.age")));
    }

    @Test
    void aColumnOnlyOneJoinSideHasNeedsNoQualifier() {
        assertThat(((ColumnRef) selected(usersJoinOrders(), col("price"))).attribute().qualifiedName()).isEqualTo("o.price");
    }

    @Test
    void aNameBothJoinSidesHaveIsAmbiguousAndTheErrorNamesBoth() {
        assertError(ErrorCode.AMBIGUOUS_COLUMN, () -> selected(usersJoinOrders(), col("user_id")))
                .hasMessageContaining("\"u.user_id\"").hasMessageContaining("\"o.user_id\"");
    }

    @Test
    void qualifyingResolvesTheAmbiguity() {
        assertThat(((ColumnRef) selected(usersJoinOrders(), col("o.user_id"))).attribute().id()).isEqualTo(attr(orders, "user_id").id());
    }

    @Test
    void aMisspelledNameSuggestsTheNearestColumns() {
        assertError(ErrorCode.COLUMN_NOT_FOUND, () -> selected(users, col("contry")))
                .hasMessageContaining("\"contry\" not found")
                .hasMessageContaining("did you mean \"country\"");
    }

    @Test
    void aMisspelledQualifiedNameSuggestsTheQualifiedColumn() {
        assertError(ErrorCode.COLUMN_NOT_FOUND, () -> selected(usersJoinOrders(), col("u.agee")))
                .hasMessageContaining("did you mean").hasMessageContaining("\"u.age\"");
    }

    @Test
    void aNameNothingIsNearGetsNoSuggestion() {
        assertError(ErrorCode.COLUMN_NOT_FOUND, () -> selected(users, col("zzzzzzzzzzzz")))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("did you mean"));
    }

    @Test
    void anUnknownFunctionSuggestsKnownOnes() {
        Column misspelled = new Column(new UnresolvedExpression.Function("uper", List.of(col("country").expression()), false,
                io.minispark.errors.SourcePosition.UNKNOWN));
        assertError(ErrorCode.COLUMN_NOT_FOUND, () -> selected(users, misspelled))
                .hasMessageContaining("did you mean \"upper\"");
        assertThat(selected(users, upper(col("country"))).toString()).isEqualTo("upper(users.country)");
    }

    @Test
    void aStarExpandsToEveryColumnAndAQualifiedStarToOneSide() {
        assertThat(Analyzer.select(usersJoinOrders(), List.of(col("*").expression())).output()).hasSize(11);
        assertThat(Analyzer.select(usersJoinOrders(), List.of(col("o.*").expression())).output())
                .extracting(a -> a.qualifiedName())
                .containsExactly("o.order_id", "o.user_id", "o.product", "o.quantity", "o.price", "o.order_date");
        assertError(ErrorCode.COLUMN_NOT_FOUND, () -> Analyzer.select(usersJoinOrders(), List.of(col("x.*").expression())));
    }
}
