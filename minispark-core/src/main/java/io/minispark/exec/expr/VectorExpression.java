package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;

/**
 * An expression prepared for interpreted, vector-at-a-time evaluation: column references resolved to
 * positions of the input batch, kernels chosen by type. Evaluating returns one value per input row.
 */
public interface VectorExpression {
    Vector evaluate(Batch input);

    DataType type();
}
