package io.minispark.types;

/** The closed set of SQL types minispark supports; each maps to one physical vector layout. */
public enum TypeKind {
    /** The type of the NULL literal before it meets a context that gives it a type. */
    NULL,
    BOOLEAN,
    INT,
    BIGINT,
    DOUBLE,
    STRING,
    /** Days since 1970-01-01, stored as a 32-bit int. */
    DATE,
    /** Microseconds since 1970-01-01 00:00:00 (no time zone), stored as a 64-bit long. */
    TIMESTAMP,
    /**
     * An exact decimal number whose precision (1..18) and scale {@link DataType} holds, stored as its
     * unscaled value in a 64-bit long ({@code 12.34} in DECIMAL(4,2) is 1234).
     */
    DECIMAL
}
