package io.minispark.optimizer;

import io.minispark.logical.Attribute;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.PlanText;
import java.util.List;

/**
 * Specification-style assertions for one optimizer rule, after Trino's {@code RuleAssert}:
 *
 * <pre>
 * RuleAssert.assertThat(new MergeFilters()).on(plan).matches("""
 *         Filter(...)
 *           Scan(users)
 *         """);
 * RuleAssert.assertThat(new MergeFilters()).on(plan).doesNotFire();
 * </pre>
 *
 * A rule that fires must keep the plan's output columns (ids, in order); one that does not fire must
 * return the very same instance, as {@link Rule} requires.
 */
final class RuleAssert {
    private final Rule rule;
    private LogicalPlan plan;

    private RuleAssert(Rule rule) {
        this.rule = rule;
    }

    static RuleAssert assertThat(Rule rule) {
        return new RuleAssert(rule);
    }

    RuleAssert on(LogicalPlan input) {
        this.plan = input;
        return this;
    }

    /** Applies the rule once; it must change the plan into exactly {@code expected} (see {@link PlanText}). */
    LogicalPlan matches(String expected) {
        LogicalPlan result = rule.apply(plan);
        org.assertj.core.api.Assertions.assertThat(result)
                .as("%s should have fired on%n%s", rule.name(), PlanText.of(plan))
                .isNotSameAs(plan);
        org.assertj.core.api.Assertions.assertThat(PlanText.of(result))
                .as("plan after %s", rule.name())
                .isEqualTo(PlanText.expected(expected));
        org.assertj.core.api.Assertions.assertThat(ids(result.output()))
                .as("%s must keep the plan's output columns", rule.name())
                .isEqualTo(ids(plan.output()));
        return result;
    }

    /** Applies the rule once; it must return the same instance. */
    void doesNotFire() {
        LogicalPlan result = rule.apply(plan);
        org.assertj.core.api.Assertions.assertThat(result)
                .as("%s should not have fired, but made%n%s", rule.name(), PlanText.of(result))
                .isSameAs(plan);
    }

    private static List<Long> ids(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::id).toList();
    }
}
