package io.minispark.sql;

import io.minispark.analysis.Analyzer;
import io.minispark.analysis.SetOperations;
import io.minispark.analysis.UnresolvedExpression;
import io.minispark.api.Session;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Attribute;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.sql.MiniSparkSqlParser.IdentifierContext;
import io.minispark.sql.MiniSparkSqlParser.IntersectQueryContext;
import io.minispark.sql.MiniSparkSqlParser.LimitClauseContext;
import io.minispark.sql.MiniSparkSqlParser.NamedQueryContext;
import io.minispark.sql.MiniSparkSqlParser.ParenthesizedQueryContext;
import io.minispark.sql.MiniSparkSqlParser.QueryContext;
import io.minispark.sql.MiniSparkSqlParser.QueryExpressionContext;
import io.minispark.sql.MiniSparkSqlParser.SingleQueryContext;
import io.minispark.sql.MiniSparkSqlParser.SortItemContext;
import io.minispark.sql.MiniSparkSqlParser.UnionOrExceptQueryContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Translates a whole query: its WITH queries, the SELECTs combined by UNION, INTERSECT and EXCEPT
 * (each SELECT by {@link SelectTranslator}), then ORDER BY and LIMIT/OFFSET over the result.
 */
final class QueryTranslator {
    private final TranslationContext context;

    QueryTranslator(Session session) {
        this(TranslationContext.of(session));
    }

    QueryTranslator(TranslationContext context) {
        this.context = context;
    }

    LogicalPlan query(QueryContext ctx) {
        TranslationContext inner = context;
        if (ctx.withClause() != null) {
            for (NamedQueryContext named : ctx.withClause().namedQuery()) {
                inner = inner.withQuery(Identifiers.name(named.name), withQuery(inner, named));
            }
        }
        LogicalPlan plan = new QueryTranslator(inner).expression(ctx.queryExpression());
        ExpressionBuilder expressions = new ExpressionBuilder(inner);
        if (ctx.orderByClause() != null) {
            plan = Analyzer.sort(plan, ctx.orderByClause().sortItem().stream().map(s -> sortKey(s, expressions)).toList());
        }
        if (ctx.limitClause() != null) {
            plan = limit(plan, ctx.limitClause());
        }
        return plan;
    }

    /** A WITH query, its columns renamed when a column list is given. */
    private static LogicalPlan withQuery(TranslationContext context, NamedQueryContext named) {
        LogicalPlan plan = new QueryTranslator(context).query(named.query());
        List<IdentifierContext> names = named.identifier().subList(1, named.identifier().size());
        if (names.isEmpty()) {
            return plan;
        }
        if (names.size() != plan.output().size()) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "WITH query \"" + Identifiers.name(named.name)
                    + "\" names " + names.size() + " columns but has " + plan.output().size(), Positions.of(named));
        }
        List<NamedExpression> renamed = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Attribute a = plan.output().get(i);
            renamed.add(new NamedExpression(new ColumnRef(a),
                    Attribute.create(null, Identifiers.name(names.get(i)), a.type(), a.nullable())));
        }
        return new Project(plan, renamed);
    }

    private LogicalPlan expression(QueryExpressionContext ctx) {
        return switch (ctx) {
            case SingleQueryContext s -> new SelectTranslator(context).select(s.querySpecification());
            case ParenthesizedQueryContext p -> query(p.query());
            case IntersectQueryContext i -> SetOperations.combine(SetOperations.Kind.INTERSECT, isAll(i.quantifier),
                    expression(i.left), expression(i.right));
            case UnionOrExceptQueryContext u -> SetOperations.combine(
                    u.operator.getType() == MiniSparkSqlLexer.UNION ? SetOperations.Kind.UNION : SetOperations.Kind.EXCEPT,
                    isAll(u.quantifier), expression(u.left), expression(u.right));
            default -> throw new IllegalStateException("unknown query expression " + ctx.getClass());
        };
    }

    private static boolean isAll(Token quantifier) {
        return quantifier != null && quantifier.getType() == MiniSparkSqlLexer.ALL;
    }

    /** An ORDER BY item; NULLs sort last in both directions unless stated (as in DuckDB). */
    private static UnresolvedExpression sortKey(SortItemContext ctx, ExpressionBuilder expressions) {
        boolean ascending = ctx.direction == null || ctx.direction.getType() == MiniSparkSqlLexer.ASC;
        boolean nullsFirst = ctx.nullOrder != null && ctx.nullOrder.getType() == MiniSparkSqlLexer.FIRST;
        return new UnresolvedExpression.SortKey(expressions.build(ctx.expression()), ascending, nullsFirst, Positions.of(ctx));
    }

    private static LogicalPlan limit(LogicalPlan plan, LimitClauseContext ctx) {
        long offset = ctx.offset == null ? 0 : Long.parseLong(ctx.offset.getText());
        long limit = ctx.limit == null ? -1 : Long.parseLong(ctx.limit.getText());
        return Analyzer.limit(plan, limit, offset);
    }
}
