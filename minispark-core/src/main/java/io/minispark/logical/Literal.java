package io.minispark.logical;

import io.minispark.types.DataType;
import io.minispark.types.Dates;
import io.minispark.types.Decimals;
import java.util.List;

/**
 * A constant. The value is held in its storage form: Boolean, Integer (INT, DATE as epoch days),
 * Long (BIGINT, TIMESTAMP as epoch microseconds, DECIMAL as the unscaled value), Double, String, or null.
 */
public record Literal(Object value, DataType type) implements Expression {
    public static final Literal TRUE = new Literal(Boolean.TRUE, DataType.BOOLEAN);
    public static final Literal FALSE = new Literal(Boolean.FALSE, DataType.BOOLEAN);

    public static Literal nullOf(DataType type) {
        return new Literal(null, type);
    }

    public boolean isNull() {
        return value == null;
    }

    @Override
    public boolean nullable() {
        return value == null;
    }

    @Override
    public List<Expression> children() {
        return List.of();
    }

    @Override
    public Expression withChildren(List<Expression> children) {
        return this;
    }

    @Override
    public String toString() {
        if (value == null) {
            return "NULL";
        }
        return switch (type.kind()) {
            case STRING -> "'" + value.toString().replace("'", "''") + "'";
            case DATE -> "DATE '" + Dates.formatDate((Integer) value) + "'";
            case TIMESTAMP -> "TIMESTAMP '" + Dates.formatTimestamp((Long) value) + "'";
            case BOOLEAN -> ((Boolean) value) ? "TRUE" : "FALSE";
            case DECIMAL -> Decimals.format((Long) value, type.scale());
            default -> value.toString();
        };
    }
}
