package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.util.List;

/**
 * {@code COALESCE(a1, ..., an)}: the first non-NULL argument, NULL when all are NULL. Lazy like CASE:
 * argument k is evaluated only on the rows where all earlier arguments were NULL.
 */
record CoalesceExpression(List<VectorExpression> arguments, DataType type) implements VectorExpression {
    CoalesceExpression {
        arguments = List.copyOf(arguments);
    }

    @Override
    public Vector evaluate(Batch input) {
        int length = input.rowCount();
        RowAssembly assembly = new RowAssembly(length);
        Vector[] results = new Vector[arguments.size()];
        int[] remaining = CaseWhenExpression.identity(length);
        int remainingCount = length;
        for (int argument = 0; argument < arguments.size() && remainingCount > 0; argument++) {
            Vector values = CaseWhenExpression.evaluateOn(arguments.get(argument), input, remaining, remainingCount);
            results[argument] = values;
            int[] stillNull = new int[remainingCount];
            int nullCount = 0;
            for (int k = 0; k < remainingCount; k++) {
                if (values.isNull(k)) {
                    stillNull[nullCount++] = remaining[k];
                } else {
                    assembly.assign(remaining[k], argument, k);
                }
            }
            remaining = stillNull;
            remainingCount = nullCount;
        }
        return assembly.build(type, results);
    }
}
