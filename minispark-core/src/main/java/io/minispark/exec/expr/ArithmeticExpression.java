package io.minispark.exec.expr;

import io.minispark.logical.Arithmetic;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;

/**
 * Binary arithmetic {@code left op right}; both operands have the result type (INT, BIGINT or DOUBLE),
 * DIVIDE takes and yields DOUBLE; DECIMAL operands may have their own precision and scale, which
 * {@link DecimalArithmetic} aligns. NULL if either operand is NULL. Semantics, all as DuckDB:
 * <ul>
 *   <li>INT and BIGINT overflow of +, -, * raises NUMERIC_OVERFLOW (checked with {@code Math.*Exact});
 *   <li>integer MODULO by zero yields NULL (DuckDB's result with {@code error_on_division_by_zero=false};
 *       by default DuckDB 2.0 raises an error instead) and {@code MIN_VALUE % -1} raises NUMERIC_OVERFLOW;
 *       the sign of the result follows the dividend ({@code -7 % 3 = -1});
 *   <li>DOUBLE arithmetic is plain IEEE 754 and never NULL by itself: {@code 1.0 / 0 = Infinity},
 *       {@code 0.0 / 0 = NaN}, {@code x % 0.0 = NaN}, overflow gives ±Infinity.
 * </ul>
 */
record ArithmeticExpression(Arithmetic.Op op, VectorExpression left, VectorExpression right, DataType type)
        implements VectorExpression {

    ArithmeticExpression {
        if (type.isDecimal()) {
            if (!left.type().isDecimal() || !right.type().isDecimal() || left.type().scale() > type.scale()
                    || right.type().scale() > type.scale() || op == Arithmetic.Op.DIVIDE) {
                throw EvaluationErrors.internal("arithmetic " + left.type() + " " + op.symbol + " " + right.type()
                        + " -> " + type + " was not typed by the analyzer");
            }
        } else if (!left.type().equals(type) || !right.type().equals(type) || !type.isNumeric()
                || (op == Arithmetic.Op.DIVIDE && !type.equals(DataType.DOUBLE))) {
            throw EvaluationErrors.internal("arithmetic " + left.type() + " " + op.symbol + " " + right.type()
                    + " -> " + type + " was not typed by the analyzer");
        }
    }

    @Override
    public Vector evaluate(Batch input) {
        Vector leftValues = left.evaluate(input);
        Vector rightValues = right.evaluate(input);
        boolean[] nulls = NullMasks.union(leftValues, rightValues);
        return switch (type.kind()) {
            case INT -> IntArithmetic.apply(op, ((IntVector) leftValues).values(),
                    ((IntVector) rightValues).values(), nulls, type);
            case BIGINT -> LongArithmetic.apply(op, ((LongVector) leftValues).values(),
                    ((LongVector) rightValues).values(), nulls, type);
            case DOUBLE -> DoubleArithmetic.apply(op, ((DoubleVector) leftValues).values(),
                    ((DoubleVector) rightValues).values(), nulls, type);
            case DECIMAL -> DecimalArithmetic.apply(op, (LongVector) leftValues, (LongVector) rightValues, nulls, type);
            case BOOLEAN, STRING, DATE, TIMESTAMP, NULL -> throw EvaluationErrors.internal("arithmetic on " + type);
        };
    }
}
