package io.minispark.sql;

import io.minispark.analysis.Analyzer;
import io.minispark.analysis.UnresolvedExpression;
import io.minispark.errors.SourcePosition;
import io.minispark.logical.LogicalPlan;
import io.minispark.sql.MiniSparkSqlParser.ExpressionItemContext;
import io.minispark.sql.MiniSparkSqlParser.QualifiedStarItemContext;
import io.minispark.sql.MiniSparkSqlParser.QuerySpecificationContext;
import io.minispark.sql.MiniSparkSqlParser.SelectItemContext;
import io.minispark.sql.MiniSparkSqlParser.StarItemContext;
import java.util.List;

/**
 * Translates one SELECT clause by clause, in SQL's logical order, into Analyzer calls: FROM, WHERE
 * (correlated when it is a subquery's), then either a plain projection or an aggregation (GROUP BY,
 * HAVING, or aggregates in the select list), and DISTINCT.
 */
final class SelectTranslator {
    private final TranslationContext context;
    private final ExpressionBuilder expressions;

    SelectTranslator(TranslationContext context) {
        this.context = context;
        this.expressions = new ExpressionBuilder(context);
    }

    LogicalPlan select(QuerySpecificationContext ctx) {
        LogicalPlan plan = new RelationTranslator(context).from(ctx.fromClause());
        if (ctx.whereClause() != null) {
            plan = Analyzer.filter(plan, expressions.build(ctx.whereClause().expression()), context.outer());
        }
        List<UnresolvedExpression> items = ctx.selectClause().selectItem().stream().map(this::selectItem).toList();
        if (ctx.groupByClause() != null || ctx.havingClause() != null) {
            List<UnresolvedExpression> groupings = ctx.groupByClause() == null ? List.of()
                    : ctx.groupByClause().expression().stream().map(expressions::build).toList();
            UnresolvedExpression having = ctx.havingClause() == null ? null : expressions.build(ctx.havingClause().expression());
            plan = Analyzer.aggregate(plan, groupings, items, having);
        } else {
            plan = Analyzer.select(plan, items);
        }
        if (ctx.selectClause().DISTINCT() != null) {
            plan = Analyzer.distinct(plan);
        }
        return plan;
    }

    private UnresolvedExpression selectItem(SelectItemContext ctx) {
        SourcePosition p = Positions.of(ctx);
        return switch (ctx) {
            case StarItemContext s -> new UnresolvedExpression.Column(null, "*", p);
            case QualifiedStarItemContext q -> new UnresolvedExpression.Column(Identifiers.name(q.identifier()), "*", p);
            case ExpressionItemContext e -> {
                UnresolvedExpression value = expressions.build(e.expression());
                yield e.identifier() == null ? value : new UnresolvedExpression.Alias(value, Identifiers.name(e.identifier()), p);
            }
            default -> throw new IllegalStateException("unknown select item " + ctx.getClass());
        };
    }
}
