package io.minispark.optimizer;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Attribute;
import io.minispark.logical.LogicalPlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the rule batches in order, each to a fixed point. The batch list reads as the table of
 * contents of what the optimizer does. Checks that every rule kept the plan's output columns and
 * records which rules fired.
 */
public final class Optimizer {
    private static final int MAX_ITERATIONS = 50;

    private record Batch(String name, boolean once, List<Rule> rules) {
    }

    private final List<Batch> batches;
    private final Set<String> disabled;
    private final List<String> fired = new ArrayList<>();

    public Optimizer(Set<String> disabledRules) {
        this.disabled = Set.copyOf(disabledRules);
        this.batches = List.of(
                new Batch("resolve aliases", true, List.of(new EliminateSubqueryAliases())),
                new Batch("simplify and push down", false, List.of(
                        new FoldConstants(),
                        new FactorCommonConjuncts(),
                        new RemoveTrivialFilters(),
                        new MergeFilters(),
                        new PushFilterThroughProject(),
                        new PushFilterThroughAggregate(),
                        new PushFilterIntoJoin(),
                        new CollapseProjects(),
                        new RemoveIdentityProjects())),
                new Batch("reorder joins", true, List.of(new ReorderJoins())),
                new Batch("push down again", false, List.of(new PushFilterIntoJoin(), new MergeFilters())),
                new Batch("prune columns", true, List.of(new PruneColumns())),
                new Batch("clean up", false, List.of(new CollapseProjects(), new RemoveIdentityProjects())),
                new Batch("skip blocks", true, List.of(new PushFiltersIntoScan())));
    }

    public Optimizer() {
        this(Set.of());
    }

    /** Runs only {@code rules}, as one batch to a fixed point: lets tests drive the optimizer with fake rules. */
    Optimizer(List<Rule> rules, Set<String> disabledRules) {
        this.disabled = Set.copyOf(disabledRules);
        this.batches = List.of(new Batch("test", false, List.copyOf(rules)));
    }

    public LogicalPlan optimize(LogicalPlan plan) {
        List<Attribute> expected = plan.output();
        LogicalPlan current = plan;
        for (Batch batch : batches) {
            for (int i = 0; i < (batch.once ? 1 : MAX_ITERATIONS); i++) {
                LogicalPlan before = current;
                for (Rule rule : batch.rules) {
                    if (disabled.contains(rule.name())) {
                        continue;
                    }
                    LogicalPlan after = rule.apply(current);
                    if (after != current && !after.equals(current)) {
                        checkOutput(rule, expected, after.output());
                        fired.add(rule.name());
                        current = after;
                    }
                }
                if (current.equals(before)) {
                    break;
                }
            }
        }
        return current;
    }

    private static void checkOutput(Rule rule, List<Attribute> expected, List<Attribute> actual) {
        if (expected.size() != actual.size()) {
            throw new MinisparkException(ErrorCode.INTERNAL, "optimizer rule " + rule.name() + " changed the plan's output");
        }
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).id() != actual.get(i).id()) {
                throw new MinisparkException(ErrorCode.INTERNAL, "optimizer rule " + rule.name() + " changed the plan's output");
            }
        }
    }

    /** The names of the rules that changed the plan, in order, without repeats. */
    public List<String> firedRules() {
        return new ArrayList<>(new LinkedHashSet<>(fired));
    }
}
