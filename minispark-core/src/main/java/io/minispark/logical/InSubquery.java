package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/** {@code value IN (subquery)} over a one-column subquery of the value's type; NOT IN is a {@link Not} of it. */
public record InSubquery(Expression value, LogicalPlan plan) implements SubqueryExpression {
    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public List<Expression> children() {
        return List.of(value);
    }

    @Override
    public Expression withChildren(List<Expression> children) {
        return new InSubquery(children.get(0), plan);
    }

    @Override
    public String toString() {
        return "(" + value + " IN subquery(" + plan.output().get(0) + "))";
    }
}
