package io.minispark.optimizer;

import io.minispark.errors.MinisparkException;
import io.minispark.exec.expr.ExpressionCompiler;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.And;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Literal;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Or;
import io.minispark.logical.Plans;
import io.minispark.vector.Batch;
import io.minispark.vector.Values;
import io.minispark.vector.Vector;
import java.util.List;

/**
 * Evaluates expressions whose inputs are all constants once, at planning time, with the same
 * evaluator the engine runs, and simplifies AND/OR with a constant side. An expression whose
 * evaluation fails (overflow, bad cast) is left alone: it fails at run time only if a row reaches it.
 */
final class FoldConstants implements Rule {
    private static final Batch ONE_ROW = new Batch(new Vector[0], 1);

    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        return Plans.transformUp(plan, node -> {
            List<Expression> before = Plans.expressions(node);
            LogicalPlan after = Plans.mapExpressions(node, FoldConstants::fold);
            return Plans.expressions(after).equals(before) ? node : after;
        });
    }

    static Expression fold(Expression e) {
        return Expressions.transformUp(e, node -> switch (node) {
            case Literal l -> l;
            case ColumnRef c -> c;
            case AggregateCall a -> a;
            case io.minispark.logical.SubqueryExpression s -> s;
            case And and when isTrue(and.left()) -> and.right();
            case And and when isTrue(and.right()) -> and.left();
            case And and when isFalse(and.left()) || isFalse(and.right()) -> Literal.FALSE;
            case Or or when isFalse(or.left()) -> or.right();
            case Or or when isFalse(or.right()) -> or.left();
            case Or or when isTrue(or.left()) || isTrue(or.right()) -> Literal.TRUE;
            default -> node.children().stream().allMatch(c -> c instanceof Literal) ? evaluate(node) : node;
        });
    }

    private static Expression evaluate(Expression e) {
        try {
            Vector v = ExpressionCompiler.compile(e, List.of()).evaluate(ONE_ROW);
            return new Literal(Values.storageValue(v, 0), e.type());
        } catch (MinisparkException error) {
            return e;
        }
    }

    private static boolean isTrue(Expression e) {
        return e instanceof Literal l && Boolean.TRUE.equals(l.value());
    }

    private static boolean isFalse(Expression e) {
        return e instanceof Literal l && Boolean.FALSE.equals(l.value());
    }
}
