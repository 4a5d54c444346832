package io.minispark.api;

import io.minispark.analysis.UnresolvedExpression;
import io.minispark.analysis.UnresolvedExpression.BinaryOperator;
import io.minispark.errors.SourcePosition;
import io.minispark.types.DataType;
import java.util.Arrays;

/**
 * An expression over the columns of a DataFrame, in the style of Spark's {@code Column}: build it
 * with {@link functions#col} and {@link functions#lit}, combine it with these methods. Arguments that
 * are not Columns are taken as literals. Unresolved until used by a DataFrame operation.
 */
public final class Column {
    private final UnresolvedExpression expression;

    public Column(UnresolvedExpression expression) {
        this.expression = expression;
    }

    /** The unresolved expression this column stands for (what the SQL front end builds too). */
    public UnresolvedExpression expression() {
        return expression;
    }

    static UnresolvedExpression of(Object value) {
        return value instanceof Column c ? c.expression : functions.lit(value).expression;
    }

    private Column binary(BinaryOperator op, Object other) {
        return new Column(new UnresolvedExpression.Binary(op, expression, of(other), SourcePosition.UNKNOWN));
    }

    public Column plus(Object other) {
        return binary(BinaryOperator.ADD, other);
    }

    public Column minus(Object other) {
        return binary(BinaryOperator.SUBTRACT, other);
    }

    public Column multiply(Object other) {
        return binary(BinaryOperator.MULTIPLY, other);
    }

    public Column divide(Object other) {
        return binary(BinaryOperator.DIVIDE, other);
    }

    public Column mod(Object other) {
        return binary(BinaryOperator.MODULO, other);
    }

    public Column equalTo(Object other) {
        return binary(BinaryOperator.EQ, other);
    }

    public Column notEqual(Object other) {
        return binary(BinaryOperator.NE, other);
    }

    public Column gt(Object other) {
        return binary(BinaryOperator.GT, other);
    }

    public Column geq(Object other) {
        return binary(BinaryOperator.GE, other);
    }

    public Column lt(Object other) {
        return binary(BinaryOperator.LT, other);
    }

    public Column leq(Object other) {
        return binary(BinaryOperator.LE, other);
    }

    public Column and(Column other) {
        return binary(BinaryOperator.AND, other);
    }

    public Column or(Column other) {
        return binary(BinaryOperator.OR, other);
    }

    /** String concatenation. */
    public Column concat(Object other) {
        return binary(BinaryOperator.CONCAT, other);
    }

    public Column negate() {
        return new Column(new UnresolvedExpression.Negate(expression, SourcePosition.UNKNOWN));
    }

    public Column like(String pattern) {
        return new Column(new UnresolvedExpression.Like(expression, of(pattern), false, SourcePosition.UNKNOWN));
    }

    public Column notLike(String pattern) {
        return new Column(new UnresolvedExpression.Like(expression, of(pattern), true, SourcePosition.UNKNOWN));
    }

    public Column between(Object lower, Object upper) {
        return new Column(new UnresolvedExpression.Between(expression, of(lower), of(upper), false, SourcePosition.UNKNOWN));
    }

    public Column isNull() {
        return new Column(new UnresolvedExpression.IsNull(expression, false, SourcePosition.UNKNOWN));
    }

    public Column isNotNull() {
        return new Column(new UnresolvedExpression.IsNull(expression, true, SourcePosition.UNKNOWN));
    }

    public Column isin(Object... values) {
        return new Column(new UnresolvedExpression.In(expression,
                Arrays.stream(values).map(Column::of).toList(), false, SourcePosition.UNKNOWN));
    }

    public Column cast(String typeName) {
        return cast(DataType.parse(typeName));
    }

    public Column cast(DataType type) {
        return new Column(new UnresolvedExpression.Cast(expression, type, SourcePosition.UNKNOWN));
    }

    public Column alias(String name) {
        UnresolvedExpression inner = expression instanceof UnresolvedExpression.Alias a ? a.child() : expression;
        return new Column(new UnresolvedExpression.Alias(inner, name, SourcePosition.UNKNOWN));
    }

    public Column as(String name) {
        return alias(name);
    }

    public Column asc() {
        return new Column(new UnresolvedExpression.SortKey(expression, true, false, SourcePosition.UNKNOWN));
    }

    public Column desc() {
        return new Column(new UnresolvedExpression.SortKey(expression, false, false, SourcePosition.UNKNOWN));
    }

    public Column ascNullsFirst() {
        return new Column(new UnresolvedExpression.SortKey(expression, true, true, SourcePosition.UNKNOWN));
    }

    public Column descNullsFirst() {
        return new Column(new UnresolvedExpression.SortKey(expression, false, true, SourcePosition.UNKNOWN));
    }

    @Override
    public String toString() {
        return expression.toString();
    }
}
