package io.minispark.result;

import io.minispark.types.DataType;
import io.minispark.types.Dates;
import io.minispark.types.Decimals;
import io.minispark.types.DoubleText;

/**
 * A stored value as text in machine-readable output (CSV, JSON): DOUBLE in shortest round-trip form
 * as DuckDB prints it, DATE as {@code YYYY-MM-DD}, TIMESTAMP as {@code YYYY-MM-DD HH:MM:SS} with a
 * fraction only when it is not zero, DECIMAL with exactly its scale's fractional digits ({@code 1234.50}).
 */
final class ValueText {
    private ValueText() {
    }

    static String format(DataType type, Object value) {
        return switch (type.kind()) {
            case DATE -> Dates.formatDate((Integer) value);
            case TIMESTAMP -> Dates.formatTimestamp((Long) value);
            case DOUBLE -> DoubleText.format((Double) value);
            case DECIMAL -> Decimals.format((Long) value, type.scale());
            case BOOLEAN -> ((Boolean) value) ? "true" : "false";
            default -> value.toString();
        };
    }
}
