package io.minispark.stats;

import io.minispark.io.TableStatistics;
import io.minispark.io.block.ColumnStatistics;
import io.minispark.logical.Aggregate;
import io.minispark.logical.And;
import io.minispark.logical.Attribute;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Comparison;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.InList;
import io.minispark.logical.IsNull;
import io.minispark.logical.Join;
import io.minispark.logical.Like;
import io.minispark.logical.Limit;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Not;
import io.minispark.logical.Or;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import io.minispark.logical.Sort;
import io.minispark.logical.SubqueryAlias;
import io.minispark.logical.Union;
import io.minispark.types.DataType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates row counts and distinct-value counts of logical plans. Scans start from exact table
 * statistics; filters apply textbook selectivities (1/NDV for equality, a third for a range);
 * equi-joins divide the cross product by the larger key NDV, which gives a foreign-key join the size
 * of its foreign-key side. Integer and date columns get their NDV from their min/max range.
 */
public final class CardinalityEstimator {
    private static final double RANGE_SELECTIVITY = 1.0 / 3;
    private static final double UNKNOWN_SELECTIVITY = 0.25;

    private final Map<LogicalPlan, Double> rows = new HashMap<>();
    private final Map<Long, Double> columnDistincts = new HashMap<>();

    /** Estimated rows the plan produces (at least 1). */
    public double rows(LogicalPlan plan) {
        Double known = rows.get(plan);
        if (known != null) {
            return known;
        }
        double estimate = Math.max(1, compute(plan));
        rows.put(plan, estimate);
        return estimate;
    }

    /** Estimated bytes the plan produces. */
    public double bytes(LogicalPlan plan) {
        return rows(plan) * rowWidth(plan.output());
    }

    public static double rowWidth(List<Attribute> attributes) {
        double width = 0;
        for (Attribute a : attributes) {
            width += switch (a.type().physical()) {
                case BOOLEAN -> 1;
                case INT -> 4;
                case LONG, DOUBLE -> 8;
                case STRING -> 24;
            };
        }
        return Math.max(1, width);
    }

    private double compute(LogicalPlan plan) {
        return switch (plan) {
            case Scan s -> scanRows(s);
            case Filter f -> rows(f.child()) * selectivity(f.condition(), rows(f.child()));
            case Project p -> {
                p.projections().forEach(n -> inheritDistinct(n, p.child()));
                yield rows(p.child());
            }
            case Aggregate a -> {
                double child = rows(a.child());
                if (a.groupings().isEmpty()) {
                    yield 1;
                }
                double groups = 1;
                for (NamedExpression g : a.groupings()) {
                    double values = distinct(g.expression(), child);
                    groups *= values;
                    columnDistincts.put(g.output().id(), values);
                }
                yield Math.min(child, groups);
            }
            case Join j -> joinRows(j);
            case Sort s -> rows(s.child());
            case Limit l -> l.limit() < 0 ? rows(l.child()) : Math.min(rows(l.child()), l.limit());
            case SubqueryAlias a -> rows(a.child());
            case Union u -> u.inputs().stream().mapToDouble(this::rows).sum();
        };
    }

    private void inheritDistinct(NamedExpression n, LogicalPlan child) {
        if (!n.isPassThrough()) {
            columnDistincts.putIfAbsent(n.output().id(), distinct(n.expression(), rows(child)));
        }
    }

    private double scanRows(Scan scan) {
        TableStatistics statistics = TableStatistics.of(scan.table());
        for (int i = 0; i < scan.output().size(); i++) {
            Attribute attribute = scan.output().get(i);
            columnDistincts.put(attribute.id(), columnDistinct(attribute.type(), statistics, scan.columns().get(i)));
        }
        return statistics.rowCount();
    }

    private static double columnDistinct(DataType type, TableStatistics statistics, int column) {
        double rowCount = Math.max(1, statistics.rowCount());
        ColumnStatistics c = statistics.column(column);
        if (c == null || c.min() == null || c.max() == null) {
            return type.kind() == io.minispark.types.TypeKind.BOOLEAN ? 2 : rowCount;
        }
        if (c.min() instanceof Number low && c.max() instanceof Number high && !(c.min() instanceof Double)) {
            return Math.min(rowCount, high.doubleValue() - low.doubleValue() + 1);
        }
        if (c.min() instanceof Boolean) {
            return c.min().equals(c.max()) ? 1 : 2;
        }
        return rowCount;
    }

    private double joinRows(Join j) {
        double left = rows(j.left());
        double right = rows(j.right());
        double joined = left * right;
        if (j.condition() != null) {
            java.util.Set<Long> leftIds = Expressions.ids(j.left().output());
            for (Expression c : Expressions.splitConjuncts(j.condition())) {
                if (c instanceof Comparison eq && eq.op() == Comparison.Op.EQ && !Expressions.references(eq.left()).isEmpty()
                        && !Expressions.references(eq.right()).isEmpty()) {
                    double a = distinct(eq.left(), leftIds.containsAll(Expressions.references(eq.left())) ? left : right);
                    double b = distinct(eq.right(), leftIds.containsAll(Expressions.references(eq.right())) ? left : right);
                    joined /= Math.max(a, b);
                } else {
                    joined *= selectivity(c, joined);
                }
            }
        }
        return switch (j.joinType()) {
            case INNER, CROSS -> joined;
            case LEFT -> Math.max(joined, left);
            case RIGHT -> Math.max(joined, right);
            case FULL -> Math.max(joined, left + right);
            // A semi join keeps each left row at most once; an anti join keeps the rest.
            case LEFT_SEMI -> Math.min(left, joined);
            case LEFT_ANTI -> Math.max(1, left - Math.min(left, joined));
        };
    }

    /** Estimated distinct values of an expression over the rows of {@code input}. */
    public double distinct(Expression e, LogicalPlan input) {
        return distinct(e, rows(input));
    }

    private double distinct(Expression e, double cap) {
        if (e instanceof ColumnRef ref) {
            Double known = columnDistincts.get(ref.attribute().id());
            return Math.min(cap, known == null ? cap : known);
        }
        double product = 1;
        for (Long id : Expressions.references(e)) {
            product *= columnDistincts.getOrDefault(id, cap);
        }
        return Math.min(cap, Math.max(1, product));
    }

    /** The fraction of rows a condition keeps. */
    public double selectivity(Expression condition, LogicalPlan input) {
        return selectivity(condition, rows(input));
    }

    private double selectivity(Expression condition, double input) {
        return switch (condition) {
            case And and -> selectivity(and.left(), input) * selectivity(and.right(), input);
            case Or or -> {
                double a = selectivity(or.left(), input);
                double b = selectivity(or.right(), input);
                yield Math.min(1, a + b - a * b);
            }
            case Not not -> 1 - selectivity(not.child(), input);
            case Comparison c when c.op() == Comparison.Op.EQ -> {
                boolean columnVsConstant = Expressions.references(c.left()).isEmpty() != Expressions.references(c.right()).isEmpty();
                if (columnVsConstant) {
                    Expression column = Expressions.references(c.left()).isEmpty() ? c.right() : c.left();
                    yield 1 / distinct(column, input);
                }
                yield 1 / Math.max(distinct(c.left(), input), distinct(c.right(), input));
            }
            case Comparison c when c.op() == Comparison.Op.NE -> 0.9;
            case Comparison c -> RANGE_SELECTIVITY;
            case InList in -> {
                double matching = Math.min(1, in.list().size() / distinct(in.child(), input));
                yield in.negated() ? 1 - matching : matching;
            }
            case IsNull n -> n.negated() ? 0.9 : 0.1;
            case Like l -> l.negated() ? 1 - UNKNOWN_SELECTIVITY : UNKNOWN_SELECTIVITY;
            default -> UNKNOWN_SELECTIVITY;
        };
    }
}
