package io.minispark.types;

import java.io.Serializable;

/**
 * A SQL data type. A record over {@link TypeKind} rather than a bare enum so that parameterised
 * types (DECIMAL(p, s) later) fit without changing every signature.
 */
public record DataType(TypeKind kind) implements Serializable {
    public static final DataType NULL = new DataType(TypeKind.NULL);
    public static final DataType BOOLEAN = new DataType(TypeKind.BOOLEAN);
    public static final DataType INT = new DataType(TypeKind.INT);
    public static final DataType BIGINT = new DataType(TypeKind.BIGINT);
    public static final DataType DOUBLE = new DataType(TypeKind.DOUBLE);
    public static final DataType STRING = new DataType(TypeKind.STRING);
    public static final DataType DATE = new DataType(TypeKind.DATE);
    public static final DataType TIMESTAMP = new DataType(TypeKind.TIMESTAMP);

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
        };
    }

    /** Parses a type name as written in SQL or a schema declaration (case-insensitive, common aliases). */
    public static DataType parse(String name) {
        return switch (name.trim().toUpperCase(java.util.Locale.ROOT)) {
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
        return kind == TypeKind.INT || kind == TypeKind.BIGINT || kind == TypeKind.DOUBLE;
    }

    public boolean isIntegral() {
        return kind == TypeKind.INT || kind == TypeKind.BIGINT;
    }

    /** The physical layout the type is stored in. */
    public PhysicalType physical() {
        return switch (kind) {
            case NULL, BOOLEAN -> PhysicalType.BOOLEAN;
            case INT, DATE -> PhysicalType.INT;
            case BIGINT, TIMESTAMP -> PhysicalType.LONG;
            case DOUBLE -> PhysicalType.DOUBLE;
            case STRING -> PhysicalType.STRING;
        };
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
