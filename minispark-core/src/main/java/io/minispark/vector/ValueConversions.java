package io.minispark.vector;

import io.minispark.types.DataType;
import io.minispark.types.Dates;
import io.minispark.types.Decimals;

/** Maps stored primitive values to the Java objects users see in rows (dates as java.time, decimals as
 * BigDecimal of the type's scale). */
public final class ValueConversions {
    private ValueConversions() {
    }

    public static Object toObject(DataType type, Object raw) {
        return switch (type.kind()) {
            case DATE -> Dates.toLocalDate((Integer) raw);
            case TIMESTAMP -> Dates.toLocalDateTime((Long) raw);
            case DECIMAL -> Decimals.toBigDecimal((Long) raw, type.scale());
            default -> raw;
        };
    }
}
