package io.minispark.exec.expr;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;

/**
 * The value of a scalar subquery, checked: its input is the subquery's row count next to its value
 * (aggregated per correlation key), and a count above one fails the query, as SQL requires of a
 * subquery used as an expression.
 */
record SingleRowCheckExpression(VectorExpression rowCount, VectorExpression value) implements VectorExpression {
    @Override
    public DataType type() {
        return value.type();
    }

    @Override
    public Vector evaluate(Batch input) {
        Vector counts = rowCount.evaluate(input);
        for (int row = 0; row < input.rowCount(); row++) {
            if (!counts.isNull(row) && ((LongVector) counts).get(row) > 1) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                        "more than one row returned by a subquery used as an expression");
            }
        }
        return value.evaluate(input);
    }
}
