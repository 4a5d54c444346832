package io.minispark.analysis;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.LogicalPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL shorthands of GROUP BY: {@code GROUP BY 2} (the second output) and {@code GROUP BY alias}
 * (the output named so), each replaced by the output's expression. An input column of the same name
 * wins over an alias, as in PostgreSQL and Spark.
 */
final class GroupingReferences {
    private GroupingReferences() {
    }

    static List<UnresolvedExpression> resolve(LogicalPlan child, List<UnresolvedExpression> groupings,
                                              List<UnresolvedExpression> outputs) {
        Scope input = new Scope(child.output());
        List<UnresolvedExpression> out = new ArrayList<>();
        for (UnresolvedExpression g : groupings) {
            Integer ordinal = Analyzer.ordinal(g);
            if (ordinal != null) {
                if (ordinal < 1 || ordinal > outputs.size()) {
                    throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "GROUP BY position " + ordinal
                            + " is not in the select list (it has " + outputs.size() + " columns)", g.position());
                }
                out.add(checked(unaliased(outputs.get(ordinal - 1)), g));
            } else if (g instanceof UnresolvedExpression.Column c && c.qualifier() == null && !c.isStar()
                    && !resolves(input, c)) {
                out.add(aliasTarget(c, outputs));
            } else {
                out.add(g);
            }
        }
        return out;
    }

    private static UnresolvedExpression aliasTarget(UnresolvedExpression.Column c, List<UnresolvedExpression> outputs) {
        List<UnresolvedExpression> targets = outputs.stream()
                .filter(o -> o instanceof UnresolvedExpression.Alias a && a.name().equalsIgnoreCase(c.name()))
                .map(GroupingReferences::unaliased).toList();
        if (targets.size() == 1) {
            return checked(targets.get(0), c);
        }
        return c; // Not an alias either: binding reports the unknown column with suggestions.
    }

    private static UnresolvedExpression checked(UnresolvedExpression target, UnresolvedExpression written) {
        if (Naming.containsAggregate(target)) {
            throw new MinisparkException(ErrorCode.AGGREGATE_IN_WHERE,
                    "GROUP BY " + written + " refers to " + target + ", an aggregate, which is not allowed in GROUP BY",
                    written.position());
        }
        return target;
    }

    private static UnresolvedExpression unaliased(UnresolvedExpression e) {
        return e instanceof UnresolvedExpression.Alias a ? a.child() : e;
    }

    private static boolean resolves(Scope scope, UnresolvedExpression.Column c) {
        try {
            scope.resolve(c);
            return true;
        } catch (MinisparkException e) {
            return e.code() != ErrorCode.COLUMN_NOT_FOUND;
        }
    }
}
