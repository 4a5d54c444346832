package io.minispark.sql;

import io.minispark.analysis.UnresolvedExpression;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.errors.SourcePosition;
import io.minispark.sql.MiniSparkSqlParser.BooleanLiteralContext;
import io.minispark.sql.MiniSparkSqlParser.DateLiteralContext;
import io.minispark.sql.MiniSparkSqlParser.DecimalLiteralContext;
import io.minispark.sql.MiniSparkSqlParser.IntegerLiteralContext;
import io.minispark.sql.MiniSparkSqlParser.LiteralContext;
import io.minispark.sql.MiniSparkSqlParser.NullLiteralContext;
import io.minispark.sql.MiniSparkSqlParser.StringLiteralContext;
import io.minispark.sql.MiniSparkSqlParser.TimestampLiteralContext;
import io.minispark.types.DataType;
import io.minispark.types.Dates;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;

/**
 * Constants as SQL writes them: integers are INT, or BIGINT when too large; numbers with a point are
 * exact DECIMALs sized to their digits (as in DuckDB), DOUBLE when they have an exponent or more than
 * 18 digits; strings double their quotes; {@code DATE '...'} and {@code TIMESTAMP '...'}
 * are typed.
 */
final class Literals {
    private Literals() {
    }

    static UnresolvedExpression build(LiteralContext ctx) {
        SourcePosition p = Positions.of(ctx);
        return switch (ctx) {
            case IntegerLiteralContext i -> integer(i.getText(), p);
            case DecimalLiteralContext d -> decimal(d.getText(), p);
            case StringLiteralContext s -> new UnresolvedExpression.Literal(string(s.STRING().getText()), DataType.STRING, p);
            case BooleanLiteralContext b -> new UnresolvedExpression.Literal(b.TRUE() != null, DataType.BOOLEAN, p);
            case NullLiteralContext n -> new UnresolvedExpression.Literal(null, DataType.NULL, p);
            case DateLiteralContext d -> temporal(d.STRING().getText(), DataType.DATE, p);
            case TimestampLiteralContext t -> temporal(t.STRING().getText(), DataType.TIMESTAMP, p);
            default -> throw new IllegalStateException("unknown literal " + ctx.getClass());
        };
    }

    private static UnresolvedExpression integer(String text, SourcePosition p) {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new MinisparkException(ErrorCode.NUMERIC_OVERFLOW, "integer " + text + " is too large for BIGINT", p);
        }
        return value <= Integer.MAX_VALUE
                ? new UnresolvedExpression.Literal((int) value, DataType.INT, p)
                : new UnresolvedExpression.Literal(value, DataType.BIGINT, p);
    }

    private static UnresolvedExpression decimal(String text, SourcePosition p) {
        if (text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            BigDecimal exact = new BigDecimal(text);
            int scale = Math.max(0, exact.scale());
            int precision = Math.max(exact.precision(), scale);
            if (precision <= 18) {
                long unscaled = exact.setScale(scale).unscaledValue().longValueExact();
                return new UnresolvedExpression.Literal(unscaled, DataType.decimal(precision, scale), p);
            }
        }
        return new UnresolvedExpression.Literal(Double.parseDouble(text), DataType.DOUBLE, p);
    }

    static String string(String quoted) {
        return Identifiers.unquote(quoted, '\'');
    }

    private static UnresolvedExpression temporal(String quoted, DataType type, SourcePosition p) {
        String text = string(quoted).trim();
        try {
            Object value = type.equals(DataType.DATE) ? (Object) Dates.parseDate(text) : (Object) Dates.parseTimestamp(text);
            return new UnresolvedExpression.Literal(value, type, p);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new MinisparkException(ErrorCode.TYPE_MISMATCH, "cannot read '" + text + "' as " + type, p);
        }
    }
}
