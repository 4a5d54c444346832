package io.minispark.analysis;

import io.minispark.logical.Arithmetic;
import io.minispark.types.DataType;
import io.minispark.types.TypeKind;

/**
 * The result-type rules of DECIMAL operands, DuckDB's rules capped at precision 18 (where DuckDB would
 * widen to a 128-bit DECIMAL(38, s), minispark keeps 18 digits and reports overflow at run time):
 * <ul>
 *   <li>an integer meeting a decimal is read as DECIMAL(10,0) (INT) or DECIMAL(18,0) (BIGINT);
 *   <li>two decimals meet at scale max(s1, s2) with enough integer digits for both:
 *       DECIMAL(min(18, max(p1-s1, p2-s2) + max(s1, s2)), max(s1, s2));
 *   <li>{@code +} and {@code -}: one more integer digit than the common type, capped at 18;
 *   <li>{@code *}: DECIMAL(min(18, p1+p2), s1+s2), or DOUBLE when s1+s2 exceeds 18;
 *   <li>{@code /}: DOUBLE; {@code %}: the common type.
 * </ul>
 */
public final class DecimalTyping {
    private DecimalTyping() {
    }

    /** The decimal an exact numeric type is read as next to a decimal; null for DOUBLE and non-numbers. */
    public static DataType asDecimal(DataType type) {
        return switch (type.kind()) {
            case DECIMAL -> type;
            case INT -> DataType.decimal(10, 0);
            case BIGINT -> DataType.decimal(18, 0);
            case NULL, BOOLEAN, DOUBLE, STRING, DATE, TIMESTAMP -> null;
        };
    }

    /** The common type of two decimals. */
    public static DataType common(DataType a, DataType b) {
        int scale = Math.max(a.scale(), b.scale());
        int integerDigits = Math.max(a.precision() - a.scale(), b.precision() - b.scale());
        return DataType.decimal(Math.min(DataType.MAX_DECIMAL_PRECISION, integerDigits + scale), scale);
    }

    /** The result type of {@code a op b} over two decimals (DOUBLE for division and over-scaled products). */
    public static DataType arithmetic(Arithmetic.Op op, DataType a, DataType b) {
        return switch (op) {
            case ADD, SUBTRACT -> {
                int scale = Math.max(a.scale(), b.scale());
                int integerDigits = Math.max(a.precision() - a.scale(), b.precision() - b.scale());
                yield DataType.decimal(Math.min(DataType.MAX_DECIMAL_PRECISION, integerDigits + scale + 1), scale);
            }
            case MULTIPLY -> {
                int scale = a.scale() + b.scale();
                yield scale > DataType.MAX_DECIMAL_PRECISION ? DataType.DOUBLE
                        : DataType.decimal(Math.min(DataType.MAX_DECIMAL_PRECISION, a.precision() + b.precision()), scale);
            }
            case DIVIDE -> DataType.DOUBLE;
            case MODULO -> common(a, b);
        };
    }

    /** Whether either type is a decimal and neither is DOUBLE, i.e. the operation stays exact. */
    public static boolean isExactDecimalPair(DataType a, DataType b) {
        boolean anyDecimal = a.kind() == TypeKind.DECIMAL || b.kind() == TypeKind.DECIMAL;
        return anyDecimal && a.kind() != TypeKind.DOUBLE && b.kind() != TypeKind.DOUBLE;
    }
}
