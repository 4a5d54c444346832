package io.minispark.errors;

/** The kind of a user-facing error; tests assert codes, not wording. */
public enum ErrorCode {
    SYNTAX_ERROR,
    TABLE_NOT_FOUND,
    COLUMN_NOT_FOUND,
    AMBIGUOUS_COLUMN,
    TYPE_MISMATCH,
    AGGREGATE_IN_WHERE,
    NOT_GROUPED,
    INVALID_ARGUMENT,
    FILE_NOT_FOUND,
    MALFORMED_CSV,
    CORRUPT_FILE,
    NOT_NULL_VIOLATION,
    NUMERIC_OVERFLOW,
    DIVISION_BY_ZERO,
    IO_ERROR,
    CANCELLED,
    /** A bug in minispark, never a user's mistake. */
    INTERNAL
}
