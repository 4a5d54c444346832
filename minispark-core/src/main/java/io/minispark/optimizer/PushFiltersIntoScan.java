package io.minispark.optimizer;

import io.minispark.logical.ColumnRef;
import io.minispark.logical.Comparison;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.IsNull;
import io.minispark.logical.Literal;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Plans;
import io.minispark.logical.Scan;
import java.util.List;

/**
 * Hands the scan the conjuncts it can check against block min/max statistics (column compared with a
 * constant, IS [NOT] NULL) so whole blocks can be skipped. The filter stays: statistics only prove a
 * block has no matching row, they do not filter rows.
 */
final class PushFiltersIntoScan implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        return Plans.transformUp(plan, node -> {
            if (node instanceof Filter filter && filter.child() instanceof Scan scan) {
                List<Expression> usable = Expressions.splitConjuncts(filter.condition()).stream()
                        .filter(PushFiltersIntoScan::checkableByStatistics).toList();
                if (!usable.isEmpty() && !usable.equals(scan.blockFilters())) {
                    return new Filter(new Scan(scan.table(), scan.columns(), scan.output(), usable), filter.condition());
                }
            }
            return node;
        });
    }

    static boolean checkableByStatistics(Expression e) {
        return switch (e) {
            case Comparison c -> (c.left() instanceof ColumnRef && c.right() instanceof Literal l && !l.isNull())
                    || (c.right() instanceof ColumnRef && c.left() instanceof Literal r && !r.isNull());
            case IsNull n -> n.child() instanceof ColumnRef;
            default -> false;
        };
    }
}
