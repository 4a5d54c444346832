package io.minispark.exec.expr;

import io.minispark.logical.AggregateCall;
import io.minispark.logical.And;
import io.minispark.logical.Arithmetic;
import io.minispark.logical.Attribute;
import io.minispark.logical.CaseWhen;
import io.minispark.logical.Cast;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Comparison;
import io.minispark.logical.Concat;
import io.minispark.logical.Expression;
import io.minispark.logical.InList;
import io.minispark.logical.IsNull;
import io.minispark.logical.Like;
import io.minispark.logical.Literal;
import io.minispark.logical.Negate;
import io.minispark.logical.Not;
import io.minispark.logical.Or;
import io.minispark.logical.ScalarFunction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The translator from bound {@link Expression}s to interpreted {@link VectorExpression} kernels. Column
 * references are resolved by attribute id to positions of the input batch once, at compile time.
 */
public final class ExpressionCompiler {
    private final Map<Long, Integer> positionOfAttribute;

    private ExpressionCompiler(List<Attribute> input) {
        positionOfAttribute = new HashMap<>();
        for (int position = 0; position < input.size(); position++) {
            // The first occurrence wins; a duplicate id would be the same column anyway.
            positionOfAttribute.putIfAbsent(input.get(position).id(), position);
        }
    }

    /**
     * Compiles an expression over batches whose columns are the given attributes, in order.
     *
     * @throws io.minispark.errors.MinisparkException INTERNAL when the expression references an attribute
     *     not in {@code input} or contains an aggregate call (both planner bugs); TYPE_MISMATCH for a cast
     *     between types that cannot be converted
     */
    public static VectorExpression compile(Expression expression, List<Attribute> input) {
        return new ExpressionCompiler(input).compile(expression);
    }

    private VectorExpression compile(Expression expression) {
        return switch (expression) {
            case ColumnRef reference -> new InputColumn(positionOf(reference.attribute()), reference.type());
            case Literal literal -> new ConstantExpression(literal.value(), literal.type());
            case Arithmetic arithmetic -> new ArithmeticExpression(arithmetic.op(), compile(arithmetic.left()),
                    compile(arithmetic.right()), arithmetic.type());
            case Negate negate -> new NegateExpression(compile(negate.child()));
            case Comparison comparison -> new ComparisonExpression(comparison.op(), compile(comparison.left()),
                    compile(comparison.right()));
            case And and -> new ConjunctionExpression(ConjunctionExpression.Kind.AND, compile(and.left()),
                    compile(and.right()));
            case Or or -> new ConjunctionExpression(ConjunctionExpression.Kind.OR, compile(or.left()),
                    compile(or.right()));
            case Not not -> new NotExpression(compile(not.child()));
            case IsNull isNull -> new IsNullExpression(compile(isNull.child()), isNull.negated());
            case Like like -> LikeExpression.create(compile(like.child()), compile(like.pattern()), like.negated());
            case Cast cast -> CastExpression.create(compile(cast.child()), cast.type());
            case Concat concat -> new ConcatExpression(compileAll(concat.operands()));
            case CaseWhen caseWhen -> new CaseWhenExpression(compileAll(caseWhen.conditions()),
                    compileAll(caseWhen.values()), compile(caseWhen.elseValue()), caseWhen.type());
            case InList inList -> new InListExpression(compile(inList.child()), compileAll(inList.list()),
                    inList.negated());
            case ScalarFunction function -> ScalarFunctions.compile(function.function(),
                    compileAll(function.arguments()), function.type());
            case AggregateCall aggregate -> throw EvaluationErrors.internal(
                    "aggregate call " + aggregate + " reached the row-wise expression evaluator");
            case io.minispark.logical.SubqueryExpression subquery -> throw EvaluationErrors.internal(
                    "subquery " + subquery + " was not turned into a join");
        };
    }

    private List<VectorExpression> compileAll(List<Expression> expressions) {
        return expressions.stream().map(this::compile).toList();
    }

    private int positionOf(Attribute attribute) {
        Integer position = positionOfAttribute.get(attribute.id());
        if (position == null) {
            throw EvaluationErrors.internal("column " + attribute + "#" + attribute.id()
                    + " is not among the input columns " + positionOfAttribute.keySet());
        }
        return position;
    }
}
