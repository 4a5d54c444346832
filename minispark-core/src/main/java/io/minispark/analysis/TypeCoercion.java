package io.minispark.analysis;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.errors.SourcePosition;
import io.minispark.logical.Cast;
import io.minispark.logical.Expression;
import io.minispark.logical.Literal;
import io.minispark.types.DataType;
import io.minispark.types.Dates;
import io.minispark.types.TypeKind;
import io.minispark.exec.expr.CastRules;
import io.minispark.exec.expr.ExpressionCompiler;
import io.minispark.vector.Batch;
import io.minispark.vector.Values;
import io.minispark.vector.Vector;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The implicit conversion rules: which common type two operands meet at, and the casts that get them
 * there. Integers widen INT → BIGINT → DOUBLE; DATE widens to TIMESTAMP; an untyped NULL takes the
 * other side's type; a string literal compared with a DATE, TIMESTAMP or number is read as one.
 * Decimals follow {@link DecimalTyping}: with an integer they meet at a decimal wide enough for both,
 * with a DOUBLE at DOUBLE.
 */
public final class TypeCoercion {
    private static final Batch ONE_ROW = new Batch(new Vector[0], 1);

    private TypeCoercion() {
    }

    /** The common type of two types, or null when there is none. */
    public static DataType commonType(DataType a, DataType b) {
        if (a.equals(b)) {
            return a;
        }
        if (a.kind() == TypeKind.NULL) {
            return b;
        }
        if (b.kind() == TypeKind.NULL) {
            return a;
        }
        if (a.isNumeric() && b.isNumeric()) {
            if (a.isDecimal() || b.isDecimal()) {
                // A decimal meeting a DOUBLE gives up exactness; meeting an integer it stays exact.
                return a.kind() == TypeKind.DOUBLE || b.kind() == TypeKind.DOUBLE ? DataType.DOUBLE
                        : DecimalTyping.common(DecimalTyping.asDecimal(a), DecimalTyping.asDecimal(b));
            }
            return rank(a) >= rank(b) ? a : b;
        }
        if (isDateLike(a) && isDateLike(b)) {
            return DataType.TIMESTAMP;
        }
        return null;
    }

    private static boolean isDateLike(DataType t) {
        return t.kind() == TypeKind.DATE || t.kind() == TypeKind.TIMESTAMP;
    }

    private static int rank(DataType t) {
        return switch (t.kind()) {
            case INT -> 1;
            case BIGINT -> 2;
            case DOUBLE -> 3;
            default -> 0;
        };
    }

    /** The expression converted to the type, folding the conversion of literals right away. */
    public static Expression castTo(Expression e, DataType target, SourcePosition position) {
        if (e.type().equals(target)) {
            return e;
        }
        if (e instanceof Literal literal) {
            return convertLiteral(literal, target, position);
        }
        return new Cast(e, target);
    }

    /** Reads a literal as another type: widening numbers, or parsing a string as a date or number. */
    public static Literal convertLiteral(Literal literal, DataType target, SourcePosition position) {
        Object v = literal.value();
        if (v == null) {
            return Literal.nullOf(target);
        }
        if (target.isDecimal() || literal.type().isDecimal()) {
            return convertDecimalLiteral(literal, target, position);
        }
        try {
            Object converted = switch (target.kind()) {
                case BIGINT -> v instanceof String s ? Long.parseLong(s.trim()) : ((Number) v).longValue();
                case INT -> v instanceof String s ? Integer.parseInt(s.trim()) : Math.toIntExact(((Number) v).longValue());
                case DOUBLE -> v instanceof String s ? Double.parseDouble(s.trim()) : ((Number) v).doubleValue();
                case DATE -> v instanceof String s ? Dates.parseDate(s.trim()) : null;
                case TIMESTAMP -> switch (literal.type().kind()) {
                    case STRING -> Dates.parseTimestamp(((String) v).trim());
                    case DATE -> ((Integer) v) * 86_400_000_000L;
                    default -> null;
                };
                case STRING -> literal.toString();
                default -> null;
            };
            if (converted != null) {
                return new Literal(converted, target);
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw new MinisparkException(ErrorCode.TYPE_MISMATCH,
                    "cannot read " + literal + " as " + target, position);
        }
        throw new MinisparkException(ErrorCode.TYPE_MISMATCH, "cannot convert " + literal + " to " + target, position);
    }

    /**
     * Converts a literal to or from a decimal with the cast kernel itself, so that folding at analysis
     * time rounds and overflows exactly as a run-time cast would.
     */
    private static Literal convertDecimalLiteral(Literal literal, DataType target, SourcePosition position) {
        if (!CastRules.canCast(literal.type(), target)) {
            throw new MinisparkException(ErrorCode.TYPE_MISMATCH, "cannot convert " + literal + " to " + target, position);
        }
        try {
            Vector converted = ExpressionCompiler.compile(new Cast(literal, target), List.of()).evaluate(ONE_ROW);
            return new Literal(Values.storageValue(converted, 0), target);
        } catch (MinisparkException e) {
            throw new MinisparkException(e.code() == ErrorCode.NUMERIC_OVERFLOW ? ErrorCode.NUMERIC_OVERFLOW : ErrorCode.TYPE_MISMATCH,
                    "cannot read " + literal + " as " + target + ": " + e.getMessage(), position);
        }
    }

    /**
     * Brings two operands of a comparison (or IN, CASE, ...) to one type, or fails with TYPE_MISMATCH
     * naming both types.
     */
    public static Expression[] unify(Expression left, Expression right, SourcePosition position, String what) {
        DataType common = commonType(left.type(), right.type());
        if (common == null) {
            // A string literal meets a typed value: read the literal as that type.
            if (isStringLiteral(right) && right.type().kind() == TypeKind.STRING && left.type().kind() != TypeKind.STRING) {
                return new Expression[] {left, convertLiteral((Literal) right, left.type(), position)};
            }
            if (isStringLiteral(left) && left.type().kind() == TypeKind.STRING && right.type().kind() != TypeKind.STRING) {
                return new Expression[] {convertLiteral((Literal) left, right.type(), position), right};
            }
            throw new MinisparkException(ErrorCode.TYPE_MISMATCH,
                    "cannot " + what + " " + left.type() + " and " + right.type(), position);
        }
        return new Expression[] {castTo(left, common, position), castTo(right, common, position)};
    }

    private static boolean isStringLiteral(Expression e) {
        return e instanceof Literal l && l.value() instanceof String;
    }
}
