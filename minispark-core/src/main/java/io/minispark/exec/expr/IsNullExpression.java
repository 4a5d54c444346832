package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.Vector;

/** {@code child IS [NOT] NULL}; never NULL itself. */
record IsNullExpression(VectorExpression child, boolean negated) implements VectorExpression {
    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public Vector evaluate(Batch input) {
        Vector values = child.evaluate(input);
        int length = input.rowCount();
        boolean[] out = new boolean[length];
        boolean[] nulls = values.nulls();
        if (nulls == null) {
            java.util.Arrays.fill(out, negated);
        } else {
            for (int row = 0; row < length; row++) {
                out[row] = nulls[row] != negated;
            }
        }
        return new BooleanVector(DataType.BOOLEAN, out, null);
    }
}
