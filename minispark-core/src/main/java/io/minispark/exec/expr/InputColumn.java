package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;

/** The simplest vector expression: column {@code index} of the input batch as it is. */
public record InputColumn(int index, DataType type) implements VectorExpression {
    @Override
    public Vector evaluate(Batch input) {
        return input.column(index);
    }
}
