package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.Vector;

/** Three-valued NOT: flips TRUE and FALSE, keeps NULL. */
record NotExpression(VectorExpression child) implements VectorExpression {
    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public Vector evaluate(Batch input) {
        BooleanVector values = BooleanInputs.of(child.evaluate(input));
        boolean[] in = values.values();
        boolean[] out = new boolean[in.length];
        for (int row = 0; row < in.length; row++) {
            out[row] = !in[row];
        }
        // Sharing the input's mask is safe: masks are never written after a vector is built.
        return new BooleanVector(DataType.BOOLEAN, out, values.nulls());
    }
}
