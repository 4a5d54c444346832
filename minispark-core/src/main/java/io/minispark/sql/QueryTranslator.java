package io.minispark.sql;

import io.minispark.analysis.Analyzer;
import io.minispark.analysis.UnresolvedExpression;
import io.minispark.api.Session;
import io.minispark.errors.SourcePosition;
import io.minispark.logical.LogicalPlan;
import io.minispark.sql.MiniSparkSqlParser.ExpressionItemContext;
import io.minispark.sql.MiniSparkSqlParser.LimitClauseContext;
import io.minispark.sql.MiniSparkSqlParser.QualifiedStarItemContext;
import io.minispark.sql.MiniSparkSqlParser.QueryContext;
import io.minispark.sql.MiniSparkSqlParser.SelectItemContext;
import io.minispark.sql.MiniSparkSqlParser.SortItemContext;
import io.minispark.sql.MiniSparkSqlParser.StarItemContext;
import java.util.List;

/**
 * Translates a SELECT query clause by clause, in SQL's logical order, into Analyzer calls: FROM,
 * WHERE, then either a plain projection or an aggregation (GROUP BY, HAVING, or aggregates in the
 * select list), DISTINCT, ORDER BY, and LIMIT/OFFSET.
 */
final class QueryTranslator {
    private final Session session;

    QueryTranslator(Session session) {
        this.session = session;
    }

    LogicalPlan query(QueryContext ctx) {
        LogicalPlan plan = new RelationTranslator(session).from(ctx.fromClause());
        if (ctx.whereClause() != null) {
            plan = Analyzer.filter(plan, ExpressionBuilder.build(ctx.whereClause().expression()));
        }
        List<UnresolvedExpression> items = ctx.selectClause().selectItem().stream().map(QueryTranslator::selectItem).toList();
        if (ctx.groupByClause() != null || ctx.havingClause() != null) {
            List<UnresolvedExpression> groupings = ctx.groupByClause() == null ? List.of()
                    : ctx.groupByClause().expression().stream().map(ExpressionBuilder::build).toList();
            UnresolvedExpression having = ctx.havingClause() == null ? null : ExpressionBuilder.build(ctx.havingClause().expression());
            plan = Analyzer.aggregate(plan, groupings, items, having);
        } else {
            plan = Analyzer.select(plan, items);
        }
        if (ctx.selectClause().DISTINCT() != null) {
            plan = Analyzer.distinct(plan);
        }
        if (ctx.orderByClause() != null) {
            plan = Analyzer.sort(plan, ctx.orderByClause().sortItem().stream().map(QueryTranslator::sortKey).toList());
        }
        if (ctx.limitClause() != null) {
            plan = limit(plan, ctx.limitClause());
        }
        return plan;
    }

    private static UnresolvedExpression selectItem(SelectItemContext ctx) {
        SourcePosition p = Positions.of(ctx);
        return switch (ctx) {
            case StarItemContext s -> new UnresolvedExpression.Column(null, "*", p);
            case QualifiedStarItemContext q -> new UnresolvedExpression.Column(Identifiers.name(q.identifier()), "*", p);
            case ExpressionItemContext e -> {
                UnresolvedExpression value = ExpressionBuilder.build(e.expression());
                yield e.identifier() == null ? value : new UnresolvedExpression.Alias(value, Identifiers.name(e.identifier()), p);
            }
            default -> throw new IllegalStateException("unknown select item " + ctx.getClass());
        };
    }

    /** An ORDER BY item; NULLs sort last in both directions unless stated (as in DuckDB). */
    private static UnresolvedExpression sortKey(SortItemContext ctx) {
        boolean ascending = ctx.direction == null || ctx.direction.getType() == MiniSparkSqlLexer.ASC;
        boolean nullsFirst = ctx.nullOrder != null && ctx.nullOrder.getType() == MiniSparkSqlLexer.FIRST;
        return new UnresolvedExpression.SortKey(ExpressionBuilder.build(ctx.expression()), ascending, nullsFirst, Positions.of(ctx));
    }

    private static LogicalPlan limit(LogicalPlan plan, LimitClauseContext ctx) {
        long offset = ctx.offset == null ? 0 : Long.parseLong(ctx.offset.getText());
        long limit = ctx.limit == null ? -1 : Long.parseLong(ctx.limit.getText());
        return Analyzer.limit(plan, limit, offset);
    }
}
