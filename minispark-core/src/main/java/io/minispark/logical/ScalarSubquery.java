package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/** A subquery giving one value: its single column's value in its single row, NULL without rows. */
public record ScalarSubquery(LogicalPlan plan) implements SubqueryExpression {
    @Override
    public DataType type() {
        return plan.output().get(0).type();
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public List<Expression> children() {
        return List.of();
    }

    @Override
    public Expression withChildren(List<Expression> children) {
        return this;
    }

    @Override
    public String toString() {
        return "scalar-subquery(" + plan.output().get(0) + ")";
    }
}
