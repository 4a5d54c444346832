package io.minispark.logical;

import io.minispark.types.DataType;
import java.io.Serializable;
import java.util.List;

/**
 * A bound, typed expression: every column reference points at an {@link Attribute}, every operator's
 * operand types agree (the analyzer inserted the casts). Immutable; rewrite with {@link #withChildren}.
 */
public sealed interface Expression extends Serializable
        permits ColumnRef, Literal, Arithmetic, Negate, Comparison, And, Or, Not, IsNull, Like, Cast,
                Concat, CaseWhen, InList, ScalarFunction, AggregateCall, SubqueryExpression {

    DataType type();

    boolean nullable();

    List<Expression> children();

    Expression withChildren(List<Expression> children);
}
