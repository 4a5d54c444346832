package io.minispark.types;

/** How values of a {@link DataType} are laid out in a vector. */
public enum PhysicalType {
    BOOLEAN,
    INT,
    LONG,
    DOUBLE,
    /** UTF-8 bytes with offsets. */
    STRING
}
