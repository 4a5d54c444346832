package io.minispark.sql;

import io.minispark.analysis.SubqueryPlanner;
import io.minispark.analysis.UnresolvedExpression;
import io.minispark.analysis.UnresolvedExpression.BinaryOperator;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.errors.SourcePosition;
import io.minispark.sql.MiniSparkSqlParser.AdditiveContext;
import io.minispark.sql.MiniSparkSqlParser.BetweenPredicateContext;
import io.minispark.sql.MiniSparkSqlParser.CastContext;
import io.minispark.sql.MiniSparkSqlParser.ColumnContext;
import io.minispark.sql.MiniSparkSqlParser.ComparisonContext;
import io.minispark.sql.MiniSparkSqlParser.ConcatenationContext;
import io.minispark.sql.MiniSparkSqlParser.CountStarContext;
import io.minispark.sql.MiniSparkSqlParser.ExistsSubqueryContext;
import io.minispark.sql.MiniSparkSqlParser.ExpressionContext;
import io.minispark.sql.MiniSparkSqlParser.InSubqueryPredicateContext;
import io.minispark.sql.MiniSparkSqlParser.IntervalContext;
import io.minispark.sql.MiniSparkSqlParser.QueryContext;
import io.minispark.sql.MiniSparkSqlParser.ScalarSubqueryContext;
import io.minispark.sql.MiniSparkSqlParser.ExtractContext;
import io.minispark.sql.MiniSparkSqlParser.FunctionCallContext;
import io.minispark.sql.MiniSparkSqlParser.InPredicateContext;
import io.minispark.sql.MiniSparkSqlParser.LikePredicateContext;
import io.minispark.sql.MiniSparkSqlParser.LiteralValueContext;
import io.minispark.sql.MiniSparkSqlParser.LogicalAndContext;
import io.minispark.sql.MiniSparkSqlParser.LogicalNotContext;
import io.minispark.sql.MiniSparkSqlParser.LogicalOrContext;
import io.minispark.sql.MiniSparkSqlParser.MultiplicativeContext;
import io.minispark.sql.MiniSparkSqlParser.NullPredicateContext;
import io.minispark.sql.MiniSparkSqlParser.ParenthesizedContext;
import io.minispark.sql.MiniSparkSqlParser.PredicatedContext;
import io.minispark.sql.MiniSparkSqlParser.PrimaryContext;
import io.minispark.sql.MiniSparkSqlParser.QualifiedColumnContext;
import io.minispark.sql.MiniSparkSqlParser.SearchedCaseContext;
import io.minispark.sql.MiniSparkSqlParser.SimpleCaseContext;
import io.minispark.sql.MiniSparkSqlParser.SubstringFromContext;
import io.minispark.sql.MiniSparkSqlParser.UnaryContext;
import io.minispark.sql.MiniSparkSqlParser.WhenClauseContext;
import io.minispark.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Builds unresolved expressions from expression parse trees, each carrying the span of text it
 * came from so that binding errors can point at it.
 */
final class ExpressionBuilder extends MiniSparkSqlBaseVisitor<UnresolvedExpression> {
    /** Where subqueries in the expressions are translated. */
    private final TranslationContext context;

    ExpressionBuilder(TranslationContext context) {
        this.context = context;
    }

    UnresolvedExpression build(ParserRuleContext ctx) {
        return visit(ctx);
    }

    /** A subquery in an expression; it is translated when bound, inside the enclosing query's scopes. */
    private UnresolvedExpression subquery(UnresolvedExpression.SubqueryKind kind, UnresolvedExpression value,
                                          QueryContext query, ParserRuleContext whole) {
        SubqueryPlanner planner = outer -> new QueryTranslator(context.nestedIn(outer)).query(query);
        String text = query.start.getInputStream().getText(Interval.of(query.start.getStartIndex(), query.stop.getStopIndex()));
        return new UnresolvedExpression.Subquery(kind, value, planner, text, pos(whole));
    }

    @Override
    public UnresolvedExpression visitExistsSubquery(ExistsSubqueryContext ctx) {
        return subquery(UnresolvedExpression.SubqueryKind.EXISTS, null, ctx.query(), ctx);
    }

    @Override
    public UnresolvedExpression visitScalarSubquery(ScalarSubqueryContext ctx) {
        return subquery(UnresolvedExpression.SubqueryKind.SCALAR, null, ctx.query(), ctx);
    }

    /** {@code INTERVAL '90' DAY [(precision)]}: the precision TPC-H writes is accepted and ignored. */
    @Override
    public UnresolvedExpression visitInterval(IntervalContext ctx) {
        String text = ctx.amount.getType() == MiniSparkSqlLexer.STRING
                ? ctx.amount.getText().substring(1, ctx.amount.getText().length() - 1).trim() : ctx.amount.getText();
        long amount;
        try {
            amount = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new MinisparkException(ErrorCode.SYNTAX_ERROR, "an INTERVAL needs a whole number, not '" + text + "'",
                    Positions.of(ctx.amount));
        }
        UnresolvedExpression.IntervalUnit unit = switch (ctx.unit.getType()) {
            case MiniSparkSqlLexer.DAY -> UnresolvedExpression.IntervalUnit.DAY;
            case MiniSparkSqlLexer.MONTH -> UnresolvedExpression.IntervalUnit.MONTH;
            default -> UnresolvedExpression.IntervalUnit.YEAR;
        };
        return new UnresolvedExpression.Interval(ctx.sign == null ? amount : -amount, unit, pos(ctx));
    }

    private static SourcePosition pos(ParserRuleContext ctx) {
        return Positions.of(ctx);
    }

    @Override
    public UnresolvedExpression visitExpression(ExpressionContext ctx) {
        return visit(ctx.booleanExpression());
    }

    @Override
    public UnresolvedExpression visitLogicalNot(LogicalNotContext ctx) {
        return new UnresolvedExpression.Not(visit(ctx.booleanExpression()), pos(ctx));
    }

    @Override
    public UnresolvedExpression visitLogicalAnd(LogicalAndContext ctx) {
        return new UnresolvedExpression.Binary(BinaryOperator.AND, visit(ctx.left), visit(ctx.right), pos(ctx));
    }

    @Override
    public UnresolvedExpression visitLogicalOr(LogicalOrContext ctx) {
        return new UnresolvedExpression.Binary(BinaryOperator.OR, visit(ctx.left), visit(ctx.right), pos(ctx));
    }

    @Override
    public UnresolvedExpression visitPredicated(PredicatedContext ctx) {
        UnresolvedExpression value = visit(ctx.valueExpression());
        if (ctx.predicate() == null) {
            return value;
        }
        SourcePosition p = pos(ctx);
        return switch (ctx.predicate()) {
            case BetweenPredicateContext b -> new UnresolvedExpression.Between(value, visit(b.lower), visit(b.upper),
                    b.NOT() != null, p);
            case InSubqueryPredicateContext in -> {
                UnresolvedExpression test = subquery(UnresolvedExpression.SubqueryKind.IN, value, in.query(), ctx);
                yield in.NOT() == null ? test : new UnresolvedExpression.Not(test, p);
            }
            case InPredicateContext in -> new UnresolvedExpression.In(value,
                    in.expression().stream().map(this::visit).toList(), in.NOT() != null, p);
            case LikePredicateContext l -> new UnresolvedExpression.Like(value, visit(l.pattern), l.NOT() != null, p);
            case NullPredicateContext n -> new UnresolvedExpression.IsNull(value, n.NOT() != null, p);
            default -> throw new IllegalStateException("unknown predicate " + ctx.predicate().getClass());
        };
    }

    @Override
    public UnresolvedExpression visitPrimary(PrimaryContext ctx) {
        return visit(ctx.primaryExpression());
    }

    @Override
    public UnresolvedExpression visitUnary(UnaryContext ctx) {
        UnresolvedExpression operand = visit(ctx.valueExpression());
        return ctx.operator.getType() == MiniSparkSqlLexer.MINUS ? new UnresolvedExpression.Negate(operand, pos(ctx)) : operand;
    }

    @Override
    public UnresolvedExpression visitMultiplicative(MultiplicativeContext ctx) {
        BinaryOperator op = switch (ctx.operator.getType()) {
            case MiniSparkSqlLexer.ASTERISK -> BinaryOperator.MULTIPLY;
            case MiniSparkSqlLexer.SLASH -> BinaryOperator.DIVIDE;
            default -> BinaryOperator.MODULO;
        };
        return binary(op, ctx.left, ctx.right, ctx);
    }

    @Override
    public UnresolvedExpression visitAdditive(AdditiveContext ctx) {
        return binary(ctx.operator.getType() == MiniSparkSqlLexer.PLUS ? BinaryOperator.ADD : BinaryOperator.SUBTRACT,
                ctx.left, ctx.right, ctx);
    }

    @Override
    public UnresolvedExpression visitConcatenation(ConcatenationContext ctx) {
        return binary(BinaryOperator.CONCAT, ctx.left, ctx.right, ctx);
    }

    @Override
    public UnresolvedExpression visitComparison(ComparisonContext ctx) {
        BinaryOperator op = switch (ctx.comparisonOperator().getStart().getType()) {
            case MiniSparkSqlLexer.EQ -> BinaryOperator.EQ;
            case MiniSparkSqlLexer.NEQ, MiniSparkSqlLexer.NEQ2 -> BinaryOperator.NE;
            case MiniSparkSqlLexer.LT -> BinaryOperator.LT;
            case MiniSparkSqlLexer.LTE -> BinaryOperator.LE;
            case MiniSparkSqlLexer.GT -> BinaryOperator.GT;
            default -> BinaryOperator.GE;
        };
        return binary(op, ctx.left, ctx.right, ctx);
    }

    private UnresolvedExpression binary(BinaryOperator op, ParserRuleContext left, ParserRuleContext right,
                                        ParserRuleContext whole) {
        return new UnresolvedExpression.Binary(op, visit(left), visit(right), pos(whole));
    }

    @Override
    public UnresolvedExpression visitSearchedCase(SearchedCaseContext ctx) {
        return caseOf(null, ctx.whenClause(), ctx.elseValue, ctx);
    }

    @Override
    public UnresolvedExpression visitSimpleCase(SimpleCaseContext ctx) {
        return caseOf(visit(ctx.operand), ctx.whenClause(), ctx.elseValue, ctx);
    }

    private UnresolvedExpression caseOf(UnresolvedExpression operand, List<WhenClauseContext> clauses,
                                        ExpressionContext elseValue, ParserRuleContext ctx) {
        List<UnresolvedExpression> whens = new ArrayList<>();
        List<UnresolvedExpression> thens = new ArrayList<>();
        for (WhenClauseContext clause : clauses) {
            whens.add(visit(clause.condition));
            thens.add(visit(clause.result));
        }
        return new UnresolvedExpression.Case(operand, whens, thens, elseValue == null ? null : visit(elseValue), pos(ctx));
    }

    @Override
    public UnresolvedExpression visitCast(CastContext ctx) {
        String typeName = Identifiers.name(ctx.dataType().identifier());
        DataType type;
        try {
            type = DataType.parse(typeName);
        } catch (IllegalArgumentException e) {
            throw new MinisparkException(ErrorCode.SYNTAX_ERROR, "unknown type \"" + typeName
                    + "\"; expected one of BOOLEAN, INT, BIGINT, DOUBLE, STRING, DATE, TIMESTAMP", pos(ctx.dataType()));
        }
        return new UnresolvedExpression.Cast(visit(ctx.expression()), type, pos(ctx));
    }

    @Override
    public UnresolvedExpression visitExtract(ExtractContext ctx) {
        String field = Identifiers.name(ctx.field).toLowerCase(Locale.ROOT);
        if (!field.equals("year") && !field.equals("month") && !field.equals("day")) {
            throw new MinisparkException(ErrorCode.SYNTAX_ERROR, "cannot EXTRACT \"" + Identifiers.name(ctx.field)
                    + "\"; expected one of YEAR, MONTH, DAY", pos(ctx.field));
        }
        return new UnresolvedExpression.Function("extract_" + field, List.of(visit(ctx.valueExpression())), false, pos(ctx));
    }

    @Override
    public UnresolvedExpression visitSubstringFrom(SubstringFromContext ctx) {
        List<UnresolvedExpression> args = new ArrayList<>();
        args.add(visit(ctx.valueExpression(0)));
        args.add(visit(ctx.start));
        if (ctx.length != null) {
            args.add(visit(ctx.length));
        }
        return new UnresolvedExpression.Function("substring", args, false, pos(ctx));
    }

    @Override
    public UnresolvedExpression visitCountStar(CountStarContext ctx) {
        String name = ctx.functionName().getText();
        if (!name.equalsIgnoreCase("count")) {
            throw new MinisparkException(ErrorCode.SYNTAX_ERROR, "only COUNT takes *, not " + name.toUpperCase(Locale.ROOT),
                    pos(ctx));
        }
        return new UnresolvedExpression.Function(name, List.of(), false, pos(ctx));
    }

    @Override
    public UnresolvedExpression visitFunctionCall(FunctionCallContext ctx) {
        String name = ctx.functionName().identifier() != null
                ? Identifiers.name(ctx.functionName().identifier()) : ctx.functionName().getText();
        List<UnresolvedExpression> args = ctx.expression().stream().map(this::visit).toList();
        return new UnresolvedExpression.Function(name, args, ctx.DISTINCT() != null, pos(ctx));
    }

    @Override
    public UnresolvedExpression visitLiteralValue(LiteralValueContext ctx) {
        return Literals.build(ctx.literal());
    }

    @Override
    public UnresolvedExpression visitQualifiedColumn(QualifiedColumnContext ctx) {
        return new UnresolvedExpression.Column(Identifiers.name(ctx.qualifier), Identifiers.name(ctx.name), pos(ctx));
    }

    @Override
    public UnresolvedExpression visitColumn(ColumnContext ctx) {
        return new UnresolvedExpression.Column(null, Identifiers.name(ctx.identifier()), pos(ctx));
    }

    @Override
    public UnresolvedExpression visitParenthesized(ParenthesizedContext ctx) {
        return visit(ctx.expression());
    }
}
