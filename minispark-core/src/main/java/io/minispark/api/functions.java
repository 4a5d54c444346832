package io.minispark.api;

import io.minispark.analysis.UnresolvedExpression;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.errors.SourcePosition;
import io.minispark.types.DataType;
import io.minispark.types.Dates;
import io.minispark.types.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The functions for building {@link Column}s, named as in Spark's {@code functions} so that code
 * reads the same: {@code col}, {@code lit}, {@code count}, {@code sum}, ...
 */
@SuppressWarnings("checkstyle:TypeName")
public final class functions {
    private functions() {
    }

    /** A column by name, optionally qualified: {@code col("u.country")}, or {@code col("*")}. */
    public static Column col(String name) {
        int dot = name.indexOf('.');
        if (dot > 0 && dot < name.length() - 1) {
            return new Column(new UnresolvedExpression.Column(name.substring(0, dot), name.substring(dot + 1), SourcePosition.UNKNOWN));
        }
        return new Column(new UnresolvedExpression.Column(null, name, SourcePosition.UNKNOWN));
    }

    /** A constant: Integer, Long, Double, Float, String, Boolean, LocalDate, LocalDateTime, BigDecimal (a DECIMAL) or null. */
    public static Column lit(Object value) {
        if (value instanceof Column c) {
            return c;
        }
        Object stored;
        DataType type;
        switch (value) {
            case null -> {
                stored = null;
                type = DataType.NULL;
            }
            case Integer i -> {
                stored = i;
                type = DataType.INT;
            }
            case Short s -> {
                stored = (int) s;
                type = DataType.INT;
            }
            case Long l -> {
                stored = l;
                type = DataType.BIGINT;
            }
            case Double d -> {
                stored = d;
                type = DataType.DOUBLE;
            }
            case Float f -> {
                stored = (double) f;
                type = DataType.DOUBLE;
            }
            case BigDecimal d -> {
                type = decimalTypeOf(d);
                stored = Decimals.fromBigDecimal(d, type);
            }
            case String s -> {
                stored = s;
                type = DataType.STRING;
            }
            case Boolean b -> {
                stored = b;
                type = DataType.BOOLEAN;
            }
            case LocalDate d -> {
                stored = Dates.toEpochDay(d);
                type = DataType.DATE;
            }
            case LocalDateTime t -> {
                stored = Dates.toMicros(t);
                type = DataType.TIMESTAMP;
            }
            default -> throw new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                    "cannot use a " + value.getClass().getSimpleName() + " as a literal");
        }
        return new Column(new UnresolvedExpression.Literal(stored, type, SourcePosition.UNKNOWN));
    }

    /**
     * The DECIMAL type of a BigDecimal literal, as DuckDB types decimal literals: its scale (0 for a
     * negative scale), and its digits with at least one before the point ({@code 0.05} is DECIMAL(3,2)).
     */
    private static DataType decimalTypeOf(BigDecimal value) {
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        int scale = plain.scale();
        int precision = Math.max(plain.precision() - scale, 1) + scale;
        if (precision > DataType.MAX_DECIMAL_PRECISION) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "the literal " + value.toPlainString()
                    + " needs DECIMAL(" + precision + "," + scale + "), wider than the largest supported precision "
                    + DataType.MAX_DECIMAL_PRECISION);
        }
        return DataType.decimal(precision, scale);
    }

    private static Column call(String name, boolean distinct, Column... arguments) {
        List<UnresolvedExpression> args = Arrays.stream(arguments).map(Column::expression).toList();
        return new Column(new UnresolvedExpression.Function(name, args, distinct, SourcePosition.UNKNOWN));
    }

    /** COUNT(*): the number of rows. */
    public static Column count() {
        return call("count", false);
    }

    /** COUNT(x): the number of non-NULL values. */
    public static Column count(Column column) {
        return call("count", false, column);
    }

    public static Column count(String columnName) {
        return columnName.equals("*") ? count() : count(col(columnName));
    }

    public static Column countDistinct(Column column) {
        return call("count", true, column);
    }

    public static Column sum(Column column) {
        return call("sum", false, column);
    }

    public static Column sum(String columnName) {
        return sum(col(columnName));
    }

    public static Column sumDistinct(Column column) {
        return call("sum", true, column);
    }

    public static Column avg(Column column) {
        return call("avg", false, column);
    }

    public static Column avg(String columnName) {
        return avg(col(columnName));
    }

    public static Column min(Column column) {
        return call("min", false, column);
    }

    public static Column min(String columnName) {
        return min(col(columnName));
    }

    public static Column max(Column column) {
        return call("max", false, column);
    }

    public static Column max(String columnName) {
        return max(col(columnName));
    }

    public static Column upper(Column column) {
        return call("upper", false, column);
    }

    public static Column lower(Column column) {
        return call("lower", false, column);
    }

    public static Column length(Column column) {
        return call("length", false, column);
    }

    public static Column trim(Column column) {
        return call("trim", false, column);
    }

    /** SUBSTRING(s, start, length) with a 1-based start, in characters. */
    public static Column substring(Column column, int start, int length) {
        return call("substring", false, column, lit(start), lit(length));
    }

    public static Column coalesce(Column... columns) {
        return call("coalesce", false, columns);
    }

    public static Column abs(Column column) {
        return call("abs", false, column);
    }

    public static Column round(Column column, int digits) {
        return call("round", false, column, lit(digits));
    }

    public static Column round(Column column) {
        return call("round", false, column);
    }

    public static Column concat(Column... columns) {
        return call("concat", false, columns);
    }

    public static Column year(Column column) {
        return call("year", false, column);
    }

    public static Column month(Column column) {
        return call("month", false, column);
    }

    public static Column dayofmonth(Column column) {
        return call("day", false, column);
    }

    public static Column not(Column column) {
        return new Column(new UnresolvedExpression.Not(column.expression(), SourcePosition.UNKNOWN));
    }

    /** CASE WHEN condition THEN value ... : continue with {@link When#when} and {@link When#otherwise}. */
    public static When when(Column condition, Object value) {
        return new When(List.of(condition.expression()), List.of(Column.of(value)));
    }

    /** A CASE expression being built. */
    public record When(List<UnresolvedExpression> conditions, List<UnresolvedExpression> values) {
        public When when(Column condition, Object value) {
            List<UnresolvedExpression> c = new java.util.ArrayList<>(conditions);
            List<UnresolvedExpression> v = new java.util.ArrayList<>(values);
            c.add(condition.expression());
            v.add(Column.of(value));
            return new When(c, v);
        }

        public Column otherwise(Object value) {
            return new Column(new UnresolvedExpression.Case(null, conditions, values, Column.of(value), SourcePosition.UNKNOWN));
        }

        /** The CASE with no ELSE (NULL when no condition holds). */
        public Column end() {
            return new Column(new UnresolvedExpression.Case(null, conditions, values, null, SourcePosition.UNKNOWN));
        }
    }
}
