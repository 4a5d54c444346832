package io.minispark.exec.expr;

import io.minispark.logical.Comparison;
import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;

/**
 * {@code left op right} over two operands of the same type; NULL when either is NULL. Strings compare as
 * unsigned UTF-8 bytes, DOUBLE as {@link DoubleOrdering}, BOOLEAN with FALSE before TRUE, DATE and
 * TIMESTAMP by their stored numbers, DECIMAL (of one scale) by unscaled values. Comparing with a NULL-typed operand yields NULL on every row.
 */
record ComparisonExpression(Comparison.Op op, VectorExpression left, VectorExpression right)
        implements VectorExpression {

    ComparisonExpression {
        TypeKind leftKind = left.type().kind();
        TypeKind rightKind = right.type().kind();
        // Decimals compare their unscaled values, which only agree in meaning at the same scale.
        boolean scalesDiffer = leftKind == TypeKind.DECIMAL && rightKind == TypeKind.DECIMAL
                && left.type().scale() != right.type().scale();
        if ((leftKind != rightKind || scalesDiffer) && leftKind != TypeKind.NULL && rightKind != TypeKind.NULL) {
            throw EvaluationErrors.internal("comparison of " + left.type() + " with " + right.type());
        }
    }

    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public Vector evaluate(Batch input) {
        Vector leftValues = left.evaluate(input);
        Vector rightValues = right.evaluate(input);
        int length = input.rowCount();
        if (left.type().kind() == TypeKind.NULL || right.type().kind() == TypeKind.NULL) {
            return Vector.nulls(DataType.BOOLEAN, length);
        }
        boolean[] nulls = NullMasks.union(leftValues, rightValues);
        return new BooleanVector(DataType.BOOLEAN, compare(op, leftValues, rightValues, length), nulls);
    }

    /** The comparison of two same-typed vectors row by row, ignoring NULLs; shared with IN lists. */
    static boolean[] compare(Comparison.Op op, Vector leftValues, Vector rightValues, int length) {
        return switch (leftValues) {
            case IntVector ints -> ComparisonKernels.ints(op, ints.values(), ((IntVector) rightValues).values(), length);
            case LongVector longs -> ComparisonKernels.longs(op, longs.values(), ((LongVector) rightValues).values(), length);
            case DoubleVector doubles -> ComparisonKernels.doubles(op, doubles.values(),
                    ((DoubleVector) rightValues).values(), length);
            case BooleanVector booleans -> ComparisonKernels.booleans(op, booleans.values(),
                    ((BooleanVector) rightValues).values(), length);
            case StringVector strings -> ComparisonKernels.strings(op, strings, (StringVector) rightValues, length);
        };
    }
}
