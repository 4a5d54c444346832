package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/** EXISTS (subquery): true when the subquery has a row. */
public record ExistsSubquery(LogicalPlan plan) implements SubqueryExpression {
    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public boolean nullable() {
        return false;
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
        return "exists(subquery)";
    }
}
