package io.minispark.sql;

import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Prints result values the way the corpus files write them: NULL as {@code NULL}, doubles to 12
 * significant digits (so that summation order cannot change the text), timestamps with a space.
 */
final class ValueFormat {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ValueFormat() {
    }

    static String format(Object value) {
        return switch (value) {
            case null -> "NULL";
            case Double d -> formatDouble(d);
            case String s -> s.isEmpty() ? "(empty)" : s;
            case LocalDateTime t -> t.getNano() == 0 ? t.format(TIMESTAMP) : t.format(TIMESTAMP) + "." + String.format("%06d", t.getNano() / 1000);
            case LocalDate d -> d.toString();
            case java.sql.Timestamp t -> format(t.toLocalDateTime());
            case java.sql.Date d -> d.toLocalDate().toString();
            case Float f -> formatDouble(f.doubleValue());
            case BigDecimal b -> formatDouble(b.doubleValue());
            case Number n -> Long.toString(n.longValue());
            default -> value.toString();
        };
    }

    static String formatDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == 0) {
            return "0";
        }
        return new BigDecimal(d).round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    /** The corpus letter of a type: I integer, R double, T text, B boolean, D date or timestamp. */
    static char letter(DataType type) {
        return switch (type.kind()) {
            case INT, BIGINT -> 'I';
            case DOUBLE, DECIMAL -> 'R';
            case BOOLEAN -> 'B';
            case DATE, TIMESTAMP -> 'D';
            case STRING, NULL -> 'T';
        };
    }

    static boolean isNumeric(TypeKind kind) {
        return kind == TypeKind.INT || kind == TypeKind.BIGINT || kind == TypeKind.DOUBLE;
    }
}
