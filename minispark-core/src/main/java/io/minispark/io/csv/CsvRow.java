package io.minispark.io.csv;

import java.util.Arrays;

/**
 * One parsed CSV record, reused for every record of a file: its physical starting line, how many
 * fields it had, and the text of the captured fields only (fields of unselected columns are counted
 * but not copied).
 */
final class CsvRow {
    private final boolean[] captured;
    private boolean captureAll;
    private char[][] text = new char[8][];
    private int[] lengths = new int[8];
    private int fieldCount;
    private long lineNumber;

    /**
     * @param captured which field positions to copy; positions past its end are never copied
     */
    CsvRow(boolean[] captured) {
        this.captured = captured.clone();
    }

    /** Copy every field of the following records, whatever the selection (used for the header). */
    void captureAll(boolean all) {
        this.captureAll = all;
    }

    void begin(long line) {
        lineNumber = line;
        fieldCount = 0;
    }

    void field(int index, char[] buffer, int offset, int length) {
        fieldCount = index + 1;
        if (!captureAll && (index >= captured.length || !captured[index])) {
            return;
        }
        if (index >= text.length) {
            int size = Math.max(index + 1, text.length * 2);
            text = Arrays.copyOf(text, size);
            lengths = Arrays.copyOf(lengths, size);
        }
        char[] target = text[index];
        if (target == null || target.length < length) {
            target = new char[Math.max(length, 16)];
            text[index] = target;
        }
        System.arraycopy(buffer, offset, target, 0, length);
        lengths[index] = length;
    }

    /** 1-based physical line on which the record starts (the header is line 1). */
    long lineNumber() {
        return lineNumber;
    }

    int fieldCount() {
        return fieldCount;
    }

    /** The characters of a captured field; only {@code [0, length(index))} is meaningful. */
    char[] chars(int index) {
        return text[index];
    }

    int length(int index) {
        return lengths[index];
    }

    String string(int index) {
        return new String(text[index], 0, lengths[index]);
    }
}
