package io.minispark.sql;

import io.minispark.analysis.Analyzer;
import io.minispark.analysis.FreshAttributes;
import io.minispark.analysis.UnresolvedExpression;
import io.minispark.api.Session;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.JoinType;
import io.minispark.logical.LogicalPlan;
import io.minispark.sql.MiniSparkSqlParser.ConditionalJoinContext;
import io.minispark.sql.MiniSparkSqlParser.CrossJoinContext;
import io.minispark.sql.MiniSparkSqlParser.FromClauseContext;
import io.minispark.sql.MiniSparkSqlParser.JoinPartContext;
import io.minispark.sql.MiniSparkSqlParser.JoinTypeContext;
import io.minispark.sql.MiniSparkSqlParser.RelationContext;
import io.minispark.sql.MiniSparkSqlParser.RelationPrimaryContext;
import io.minispark.sql.MiniSparkSqlParser.SubqueryRelationContext;
import io.minispark.sql.MiniSparkSqlParser.TableRelationContext;

/**
 * The FROM clause: tables (by name, quoted path or view), WITH queries, subqueries, aliases, and joins
 * built left to right. A comma between relations is a cross join.
 */
final class RelationTranslator {
    private final TranslationContext context;
    private final Session session;

    RelationTranslator(TranslationContext context) {
        this.context = context;
        this.session = context.session();
    }

    LogicalPlan from(FromClauseContext ctx) {
        LogicalPlan plan = null;
        for (RelationContext relation : ctx.relation()) {
            LogicalPlan next = relation(relation);
            plan = plan == null ? next : Analyzer.join(plan, next, JoinType.CROSS, null);
        }
        return plan;
    }

    private LogicalPlan relation(RelationContext ctx) {
        LogicalPlan plan = primary(ctx.relationPrimary());
        for (JoinPartContext join : ctx.joinPart()) {
            plan = switch (join) {
                case ConditionalJoinContext c -> {
                    UnresolvedExpression condition = new ExpressionBuilder(context).build(c.expression());
                    yield Analyzer.join(plan, primary(c.relationPrimary()), joinType(c.joinType()), condition);
                }
                case CrossJoinContext c -> Analyzer.join(plan, primary(c.relationPrimary()), JoinType.CROSS, null);
                default -> throw new IllegalStateException("unknown join " + join.getClass());
            };
        }
        return plan;
    }

    private static JoinType joinType(JoinTypeContext ctx) {
        if (ctx.LEFT() != null) {
            return JoinType.LEFT;
        }
        if (ctx.RIGHT() != null) {
            return JoinType.RIGHT;
        }
        return ctx.FULL() != null ? JoinType.FULL : JoinType.INNER;
    }

    private LogicalPlan primary(RelationPrimaryContext ctx) {
        return switch (ctx) {
            case TableRelationContext t -> {
                LogicalPlan table = table(t);
                yield t.identifier() == null ? table : Analyzer.alias(table, Identifiers.name(t.identifier()));
            }
            case SubqueryRelationContext s -> Analyzer.alias(new QueryTranslator(context).query(s.query()),
                    Identifiers.name(s.identifier()));
            default -> throw new IllegalStateException("unknown relation " + ctx.getClass());
        };
    }

    /**
     * A WITH query or a table. Every use gets columns of its own (fresh attribute ids), so a WITH query
     * or view used twice, or in a subquery and around it, has sides that can be told apart.
     */
    private LogicalPlan table(TableRelationContext t) {
        if (t.tableName().identifier() != null) {
            String name = Identifiers.name(t.tableName().identifier());
            LogicalPlan withQuery = context.withQuery(name);
            if (withQuery != null) {
                return Analyzer.alias(FreshAttributes.reinstance(withQuery), name);
            }
        }
        try {
            return FreshAttributes.reinstance(session.table(Identifiers.tableName(t.tableName())).logicalPlan());
        } catch (MinisparkException e) {
            // The data directory does not know the SQL text; the name's span does.
            throw e.position().known() ? e
                    : new MinisparkException(e.code(), e.getMessage(), Positions.of(t.tableName()), null, e.getCause());
        }
    }
}
