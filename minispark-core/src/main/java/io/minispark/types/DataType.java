package io.minispark.types;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL data type: a {@link TypeKind} plus, for DECIMAL, its precision (total significant digits) and
 * scale (digits after the point). Non-decimal types have precision and scale 0, so the constants and
 * {@link #of} keep working unchanged.
 */
public record DataType(TypeKind kind, int precision, int scale) implements Serializable {
    /** The largest decimal precision: every DECIMAL(p, s) with p &lt;= 18 fits its unscaled value in a long. */
    public static final int MAX_DECIMAL_PRECISION = 18;
    /** The type of a bare {@code DECIMAL}, as DuckDB defaults it. */
    public static final int DEFAULT_DECIMAL_PRECISION = 18;
    public static final int DEFAULT_DECIMAL_SCALE = 3;

    public static final DataType NULL = new DataType(TypeKind.NULL);
    public static final DataType BOOLEAN = new DataType(TypeKind.BOOLEAN);
    public static final DataType INT = new DataType(TypeKind.INT);
    public static final DataType BIGINT = new DataType(TypeKind.BIGINT);
    public static final DataType DOUBLE = new DataType(TypeKind.DOUBLE);
    public static final DataType STRING = new DataType(TypeKind.STRING);
    public static final DataType DATE = new DataType(TypeKind.DATE);
    public static final DataType TIMESTAMP = new DataType(TypeKind.TIMESTAMP);

    private static final Pattern DECIMAL_SYNTAX = Pattern.compile(
            "(?:DECIMAL|NUMERIC)\\s*(?:\\(\\s*(\\d{1,9})\\s*(?:,\\s*(\\d{1,9})\\s*)?\\))?");

    public DataType {
        if (kind == TypeKind.DECIMAL) {
            if (precision < 1 || precision > MAX_DECIMAL_PRECISION || scale < 0 || scale > precision) {
                throw new IllegalArgumentException("invalid DECIMAL(" + precision + "," + scale
                        + "): precision must be 1.." + MAX_DECIMAL_PRECISION + " and scale 0..precision");
            }
        } else if (precision != 0 || scale != 0) {
            throw new IllegalArgumentException(kind + " takes no precision or scale");
        }
    }

    private DataType(TypeKind kind) {
        this(kind, 0, 0);
    }

    /** DECIMAL(precision, scale); throws IllegalArgumentException unless 1 &lt;= p &lt;= 18 and 0 &lt;= s &lt;= p. */
    public static DataType decimal(int precision, int scale) {
        return new DataType(TypeKind.DECIMAL, precision, scale);
    }

    /** The type of a non-parameterised kind; DECIMAL needs {@link #decimal} instead. */
    public static DataType of(TypeKind kind) {
        return switch (kind) {
            case NULL -> NULL;
            case BOOLEAN -> BOOLEAN;
            case INT -> INT;
            case BIGINT -> BIGINT;
            case DOUBLE -> DOUBLE;
            case STRING -> STRING;
            case DATE -> DATE;
            case TIMESTAMP -> TIMESTAMP;
            case DECIMAL -> throw new IllegalArgumentException("DECIMAL needs a precision and scale");
        };
    }

    /**
     * Parses a type name as written in SQL or a schema declaration (case-insensitive, common aliases).
     * {@code DECIMAL(p,s)}, {@code DECIMAL(p)} (scale 0) and {@code NUMERIC(...)} give decimals; a bare
     * {@code DECIMAL} is DECIMAL(18,3), as in DuckDB.
     */
    public static DataType parse(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        Matcher decimal = DECIMAL_SYNTAX.matcher(upper);
        if (decimal.matches()) {
            if (decimal.group(1) == null) {
                return decimal(DEFAULT_DECIMAL_PRECISION, DEFAULT_DECIMAL_SCALE);
            }
            int precision = Integer.parseInt(decimal.group(1));
            int scale = decimal.group(2) == null ? 0 : Integer.parseInt(decimal.group(2));
            return decimal(precision, scale);
        }
        return switch (upper) {
            case "BOOLEAN", "BOOL" -> BOOLEAN;
            case "INT", "INTEGER", "INT4" -> INT;
            case "BIGINT", "LONG", "INT8" -> BIGINT;
            case "DOUBLE", "FLOAT", "REAL", "FLOAT8", "DOUBLE PRECISION" -> DOUBLE;
            case "STRING", "VARCHAR", "TEXT", "CHAR" -> STRING;
            case "DATE" -> DATE;
            case "TIMESTAMP", "DATETIME" -> TIMESTAMP;
            default -> throw new IllegalArgumentException("unknown type \"" + name + "\"");
        };
    }

    public boolean isNumeric() {
        return kind == TypeKind.INT || kind == TypeKind.BIGINT || kind == TypeKind.DOUBLE || kind == TypeKind.DECIMAL;
    }

    public boolean isIntegral() {
        return kind == TypeKind.INT || kind == TypeKind.BIGINT;
    }

    public boolean isDecimal() {
        return kind == TypeKind.DECIMAL;
    }

    /** The physical layout the type is stored in; a DECIMAL is its unscaled value in a long. */
    public PhysicalType physical() {
        return switch (kind) {
            case NULL, BOOLEAN -> PhysicalType.BOOLEAN;
            case INT, DATE -> PhysicalType.INT;
            case BIGINT, TIMESTAMP, DECIMAL -> PhysicalType.LONG;
            case DOUBLE -> PhysicalType.DOUBLE;
            case STRING -> PhysicalType.STRING;
        };
    }

    @Override
    public String toString() {
        return kind == TypeKind.DECIMAL ? "DECIMAL(" + precision + "," + scale + ")" : kind.name();
    }
}
