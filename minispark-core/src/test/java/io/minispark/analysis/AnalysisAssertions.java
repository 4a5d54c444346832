package io.minispark.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.api.Column;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Expression;
import io.minispark.logical.Filter;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Project;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert;

/** Helpers for analysis tests: bind one expression over a plan, and expect an error code. */
final class AnalysisAssertions {
    private AnalysisAssertions() {
    }

    static List<UnresolvedExpression> exprs(Column... columns) {
        return Arrays.stream(columns).map(Column::expression).toList();
    }

    /** The expression SELECT binds {@code column} to over {@code plan}. */
    static Expression selected(LogicalPlan plan, Column column) {
        LogicalPlan selected = Analyzer.select(plan, exprs(column));
        assertThat(selected).isInstanceOf(Project.class);
        return ((Project) selected).projections().get(0).expression();
    }

    /** The condition WHERE binds {@code condition} to over {@code plan}. */
    static Expression where(LogicalPlan plan, Column condition) {
        LogicalPlan filtered = Analyzer.filter(plan, condition.expression());
        assertThat(filtered).isInstanceOf(Filter.class);
        return ((Filter) filtered).condition();
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertError(ErrorCode code, ThrowableAssert.ThrowingCallable call) {
        return assertThatThrownBy(call)
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }
}
