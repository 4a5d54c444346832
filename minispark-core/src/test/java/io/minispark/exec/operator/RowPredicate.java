package io.minispark.exec.operator;

import io.minispark.exec.expr.VectorExpression;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A test-only BOOLEAN expression computed row by row by a Java function (which may return null for NULL). */
record RowPredicate(Function<List<Object>, Boolean> test) implements VectorExpression {
    @Override
    public Vector evaluate(Batch input) {
        BooleanVector out = new BooleanVector(DataType.BOOLEAN, input.rowCount());
        for (int r = 0; r < input.rowCount(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < input.columnCount(); c++) {
                row.add(TestBatches.value(input.column(c), r));
            }
            Boolean result = test.apply(row);
            if (result == null) {
                out.setNull(r);
            } else {
                out.values()[r] = result;
            }
        }
        return out;
    }

    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }
}
