package io.minispark.vector;

import io.minispark.types.DataType;
import io.minispark.types.Dates;

/** Maps stored primitive values to the Java objects users see in rows (dates as java.time). */
public final class ValueConversions {
    private ValueConversions() {
    }

    public static Object toObject(DataType type, Object raw) {
        return switch (type.kind()) {
            case DATE -> Dates.toLocalDate((Integer) raw);
            case TIMESTAMP -> Dates.toLocalDateTime((Long) raw);
            default -> raw;
        };
    }
}
