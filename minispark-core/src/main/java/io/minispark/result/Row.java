package io.minispark.result;

import io.minispark.types.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One result row, as {@code collect()} returns it: values as Java objects (Integer, Long, Double,
 * BigDecimal for DECIMAL, String, Boolean, LocalDate, LocalDateTime, or null).
 */
public final class Row {
    private final Schema schema;
    private final Object[] values;

    public Row(Schema schema, Object[] values) {
        this.schema = schema;
        this.values = values;
    }

    public static Row of(Object... values) {
        return new Row(null, values);
    }

    public int size() {
        return values.length;
    }

    public Object get(int i) {
        return values[i];
    }

    public Object get(String column) {
        int i = schema == null ? -1 : schema.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column \"" + column + "\" in " + schema);
        }
        return values[i];
    }

    public boolean isNullAt(int i) {
        return values[i] == null;
    }

    public String getString(int i) {
        return (String) values[i];
    }

    public long getLong(int i) {
        return ((Number) values[i]).longValue();
    }

    public int getInt(int i) {
        return ((Number) values[i]).intValue();
    }

    public double getDouble(int i) {
        return ((Number) values[i]).doubleValue();
    }

    public boolean getBoolean(int i) {
        return (Boolean) values[i];
    }

    public List<Object> values() {
        return Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values)));
    }

    public Schema schema() {
        return schema;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
