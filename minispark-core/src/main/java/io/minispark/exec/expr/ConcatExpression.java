package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import io.minispark.vector.Batch;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.util.List;

/** String concatenation {@code a || b || ...} of STRING operands; NULL when any operand is NULL. */
record ConcatExpression(List<VectorExpression> operands) implements VectorExpression {
    ConcatExpression {
        operands = List.copyOf(operands);
        for (VectorExpression operand : operands) {
            if (operand.type().kind() != TypeKind.STRING && operand.type().kind() != TypeKind.NULL) {
                throw EvaluationErrors.internal("concatenation of " + operand.type());
            }
        }
    }

    @Override
    public DataType type() {
        return DataType.STRING;
    }

    @Override
    public Vector evaluate(Batch input) {
        int length = input.rowCount();
        Vector[] values = new Vector[operands.size()];
        boolean[] nulls = null;
        long totalBytes = 0;
        for (int k = 0; k < values.length; k++) {
            values[k] = operands.get(k).evaluate(input);
            if (operands.get(k).type().kind() == TypeKind.NULL) {
                return Vector.nulls(DataType.STRING, length);
            }
            nulls = NullMasks.union(nulls, values[k].nulls());
            StringVector strings = (StringVector) values[k];
            totalBytes += strings.offsets()[length] - strings.offsets()[0];
        }
        if (totalBytes > Integer.MAX_VALUE - 16) {
            throw EvaluationErrors.overflow("concatenation result of " + totalBytes + " bytes is too large");
        }
        byte[] data = new byte[(int) totalBytes];
        int[] offsets = new int[length + 1];
        int at = 0;
        for (int row = 0; row < length; row++) {
            if (nulls == null || !nulls[row]) {
                for (Vector value : values) {
                    StringVector strings = (StringVector) value;
                    int start = strings.start(row);
                    int byteLength = strings.byteLength(row);
                    System.arraycopy(strings.data(), start, data, at, byteLength);
                    at += byteLength;
                }
            }
            offsets[row + 1] = at;
        }
        return new StringVector(DataType.STRING, data, offsets, nulls);
    }
}
