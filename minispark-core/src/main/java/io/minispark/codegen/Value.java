package io.minispark.codegen;

import io.minispark.types.DataType;

/**
 * A value in generated code: Java expressions for the value and its NULL flag. A string value is a
 * byte range: {@code value} names the byte array and {@code from}/{@code to} the range's bounds.
 * Expressions are side-effect free and cheap (a variable, a literal or an array read), so they can be
 * repeated.
 */
record Value(DataType type, String isNull, String value, String from, String to) {
    static Value of(DataType type, String isNull, String value) {
        return new Value(type, isNull, value, null, null);
    }

    boolean isString() {
        return type.physical() == io.minispark.types.PhysicalType.STRING;
    }
}
