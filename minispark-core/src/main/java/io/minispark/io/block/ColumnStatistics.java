package io.minispark.io.block;

/**
 * Statistics of one column within one block. {@code min} and {@code max} are in storage form
 * (Boolean; Integer for INT and DATE; Long for BIGINT and TIMESTAMP; Double; String) and are null
 * when unknown: the block has no non-NULL value, a string bound is longer than
 * {@value #MAX_STRING_BOUND_BYTES} bytes, or a double column holds NaN. Strings order by unsigned
 * UTF-8 bytes (code point order); a double minimum of zero is stored as -0.0 and a maximum of zero as
 * 0.0 so that pruning comparisons with either zero stay safe.
 */
public record ColumnStatistics(long nullCount, Object min, Object max) {
    /** Longer string bounds are not kept: they would bloat the footer for little pruning power. */
    public static final int MAX_STRING_BOUND_BYTES = 64;

    public boolean hasBounds() {
        return min != null && max != null;
    }
}
