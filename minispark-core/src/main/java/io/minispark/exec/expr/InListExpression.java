package io.minispark.exec.expr;

import io.minispark.logical.Comparison;
import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.Vector;
import java.util.List;

/**
 * {@code child [NOT] IN (v1, ..., vn)} with SQL NULL rules: TRUE when some value equals the child;
 * otherwise NULL when the child or some value is NULL, else FALSE; NOT IN negates that (NULL stays NULL).
 * Equality is that of {@link ComparisonExpression} (DOUBLE: NaN equals NaN, -0.0 equals 0.0).
 */
record InListExpression(VectorExpression child, List<VectorExpression> list, boolean negated)
        implements VectorExpression {

    InListExpression {
        list = List.copyOf(list);
        for (VectorExpression value : list) {
            boolean scalesDiffer = value.type().isDecimal() && child.type().isDecimal()
                    && value.type().scale() != child.type().scale();
            if ((value.type().kind() != child.type().kind() || scalesDiffer) && value.type().kind() != TypeKind.NULL
                    && child.type().kind() != TypeKind.NULL) {
                throw EvaluationErrors.internal("IN list value of type " + value.type() + " for " + child.type());
            }
        }
    }

    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public Vector evaluate(Batch input) {
        Vector needle = child.evaluate(input);
        int length = input.rowCount();
        boolean[] matched = new boolean[length];
        boolean[] sawNull = NullMasks.writableCopy(needle.nulls(), length);
        boolean childIsNullTyped = child.type().kind() == TypeKind.NULL;
        for (VectorExpression valueExpression : list) {
            Vector value = valueExpression.evaluate(input);
            boolean[] valueNulls = value.nulls();
            if (valueNulls != null) {
                for (int row = 0; row < length; row++) {
                    sawNull[row] |= valueNulls[row];
                }
            }
            if (childIsNullTyped || valueExpression.type().kind() == TypeKind.NULL) {
                continue;
            }
            boolean[] equal = ComparisonExpression.compare(Comparison.Op.EQ, needle, value, length);
            for (int row = 0; row < length; row++) {
                matched[row] |= equal[row] & !sawNullAt(needle.nulls(), valueNulls, row);
            }
        }
        boolean[] out = new boolean[length];
        boolean[] nulls = null;
        for (int row = 0; row < length; row++) {
            if (matched[row]) {
                out[row] = !negated;
            } else if (sawNull[row]) {
                if (nulls == null) {
                    nulls = new boolean[length];
                }
                nulls[row] = true;
            } else {
                out[row] = negated;
            }
        }
        return new BooleanVector(DataType.BOOLEAN, out, nulls);
    }

    private static boolean sawNullAt(boolean[] needleNulls, boolean[] valueNulls, int row) {
        return (needleNulls != null && needleNulls[row]) || (valueNulls != null && valueNulls[row]);
    }
}
