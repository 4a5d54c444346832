package io.minispark.io.csv;

import io.minispark.types.DataType;
import io.minispark.types.Decimals;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses CSV field text (a slice of a char array) into storage values. Inference and reading share
 * these functions, so a value that inference accepted for a type is always readable as that type.
 * Spaces and tabs around non-string values are ignored. Every function throws
 * {@link IllegalArgumentException} when the text is not a value of its type.
 */
final class CsvValues {
    private CsvValues() {
    }

    /** {@code true} or {@code false}, in any letter case. */
    static boolean parseBoolean(char[] chars, int offset, int length) {
        int start = trimStart(chars, offset, offset + length);
        int end = trimEnd(chars, start, offset + length);
        if (matchesIgnoringCase(chars, start, end, "true")) {
            return true;
        }
        if (matchesIgnoringCase(chars, start, end, "false")) {
            return false;
        }
        throw new IllegalArgumentException("not a boolean");
    }

    static int parseInt(char[] chars, int offset, int length) {
        long value = parseLong(chars, offset, length);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("out of INT range");
        }
        return (int) value;
    }

    /** An optionally signed decimal integer that fits in 64 bits. */
    static long parseLong(char[] chars, int offset, int length) {
        int start = trimStart(chars, offset, offset + length);
        int end = trimEnd(chars, start, offset + length);
        boolean negative = false;
        if (start < end && (chars[start] == '-' || chars[start] == '+')) {
            negative = chars[start] == '-';
            start++;
        }
        if (start == end) {
            throw new IllegalArgumentException("not an integer");
        }
        // Accumulate negatively: the negative range is one larger, so Long.MIN_VALUE parses too.
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = chars[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not an integer");
            }
            if (value < (Long.MIN_VALUE + digit) / 10) {
                throw new IllegalArgumentException("out of BIGINT range");
            }
            value = value * 10 - digit;
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                throw new IllegalArgumentException("out of BIGINT range");
            }
            return -value;
        }
        return value;
    }

    /**
     * A decimal number with optional fraction and exponent ({@code -1.5e3}, {@code .5}, {@code 7.}),
     * or NaN / Inf / Infinity with an optional sign, in any case. Java-only spellings such as hex
     * floats or a trailing {@code d} are rejected.
     */
    static double parseDouble(char[] chars, int offset, int length) {
        int start = trimStart(chars, offset, offset + length);
        int end = trimEnd(chars, start, offset + length);
        int i = start;
        boolean negative = false;
        if (i < end && (chars[i] == '-' || chars[i] == '+')) {
            negative = chars[i] == '-';
            i++;
        }
        if (matchesIgnoringCase(chars, i, end, "nan")) {
            return Double.NaN;
        }
        if (matchesIgnoringCase(chars, i, end, "inf") || matchesIgnoringCase(chars, i, end, "infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int digits = 0;
        while (i < end && isDigit(chars[i])) {
            i++;
            digits++;
        }
        if (i < end && chars[i] == '.') {
            i++;
            while (i < end && isDigit(chars[i])) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            throw new IllegalArgumentException("not a number");
        }
        if (i < end && (chars[i] == 'e' || chars[i] == 'E')) {
            i++;
            if (i < end && (chars[i] == '-' || chars[i] == '+')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < end && isDigit(chars[i])) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                throw new IllegalArgumentException("not a number");
            }
        }
        if (i != end) {
            throw new IllegalArgumentException("not a number");
        }
        return Double.parseDouble(new String(chars, start, end - start));
    }

    /**
     * A decimal number ({@code -12.5}, {@code .5}, {@code 7.}, {@code 1.5e3}) as the unscaled value of a
     * DECIMAL(precision, scale), read exactly: extra fractional digits round half away from zero, as
     * DuckDB's cast does; more integer digits than {@code precision - scale} are out of range.
     */
    static long parseDecimal(char[] chars, int offset, int length, int precision, int scale) {
        int start = trimStart(chars, offset, offset + length);
        int end = trimEnd(chars, start, offset + length);
        int i = start;
        boolean negative = false;
        if (i < end && (chars[i] == '-' || chars[i] == '+')) {
            negative = chars[i] == '-';
            i++;
        }
        long limit = Decimals.maxUnscaled(precision);
        long value = 0;
        int digits = 0;
        while (i < end && isDigit(chars[i])) {
            value = appendDigit(value, chars[i] - '0', limit);
            i++;
            digits++;
        }
        int fractionDigits = 0;
        boolean roundUp = false;
        if (i < end && chars[i] == '.') {
            i++;
            while (i < end && isDigit(chars[i])) {
                if (fractionDigits < scale) {
                    value = appendDigit(value, chars[i] - '0', limit);
                    fractionDigits++;
                } else if (fractionDigits == scale) {
                    // The first dropped digit decides the rounding; later ones cannot matter for halves away from zero.
                    roundUp = chars[i] >= '5';
                    fractionDigits++;
                }
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            throw new IllegalArgumentException("not a number");
        }
        if (i < end && (chars[i] == 'e' || chars[i] == 'E')) {
            return parseDecimalWithExponent(chars, start, end, precision, scale);
        }
        if (i != end) {
            throw new IllegalArgumentException("not a number");
        }
        for (int k = Math.min(fractionDigits, scale); k < scale; k++) {
            value = appendDigit(value, 0, limit);
        }
        if (roundUp) {
            value++;
            if (value > limit) {
                throw new IllegalArgumentException("out of DECIMAL(" + precision + "," + scale + ") range");
            }
        }
        return negative ? -value : value;
    }

    private static long appendDigit(long value, int digit, long limit) {
        // value <= limit < 10^18, so value * 10 + digit cannot overflow a long.
        long next = value * 10 + digit;
        if (next > limit) {
            throw new IllegalArgumentException("out of DECIMAL range");
        }
        return next;
    }

    private static long parseDecimalWithExponent(char[] chars, int start, int end, int precision, int scale) {
        BigDecimal value;
        try {
            value = new BigDecimal(chars, start, end - start);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
        // Bound the magnitude first so that '1e999999999' cannot make setScale allocate.
        if (value.signum() != 0 && value.precision() - value.scale() > precision + 1) {
            throw new IllegalArgumentException("out of DECIMAL range");
        }
        try {
            return Decimals.fromBigDecimal(value, DataType.decimal(precision, scale));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("out of DECIMAL range");
        }
    }

    /** ISO {@code YYYY-MM-DD} as days since 1970-01-01. */
    static int parseDate(char[] chars, int offset, int length) {
        int start = trimStart(chars, offset, offset + length);
        int end = trimEnd(chars, start, offset + length);
        if (end - start != 10) {
            throw new IllegalArgumentException("not a date");
        }
        return epochDay(chars, start);
    }

    /**
     * {@code YYYY-MM-DD HH:MM:SS[.fraction]} (or with {@code T} between date and time) as
     * microseconds since 1970-01-01 00:00:00; a bare date means midnight. Digits of the fraction
     * beyond microseconds are dropped.
     */
    static long parseTimestamp(char[] chars, int offset, int length) {
        int start = trimStart(chars, offset, offset + length);
        int end = trimEnd(chars, start, offset + length);
        if (end - start < 10) {
            throw new IllegalArgumentException("not a timestamp");
        }
        long micros = epochDay(chars, start) * 86_400_000_000L;
        if (end - start == 10) {
            return micros;
        }
        int t = start + 10;
        if (end - t < 9 || (chars[t] != ' ' && chars[t] != 'T') || chars[t + 3] != ':' || chars[t + 6] != ':') {
            throw new IllegalArgumentException("not a timestamp");
        }
        int hour = twoDigits(chars, t + 1);
        int minute = twoDigits(chars, t + 4);
        int second = twoDigits(chars, t + 7);
        if (hour > 23 || minute > 59 || second > 59) {
            throw new IllegalArgumentException("not a timestamp");
        }
        micros += ((hour * 60L + minute) * 60L + second) * 1_000_000L;
        int i = t + 9;
        if (i < end) {
            if (chars[i] != '.' || i + 1 == end || end - i - 1 > 9) {
                throw new IllegalArgumentException("not a timestamp");
            }
            int fraction = 0;
            int scale = 100_000;
            for (int j = i + 1; j < end; j++) {
                if (!isDigit(chars[j])) {
                    throw new IllegalArgumentException("not a timestamp");
                }
                fraction += (chars[j] - '0') * scale;
                scale /= 10;
            }
            micros += fraction;
        }
        return micros;
    }

    private static int epochDay(char[] chars, int start) {
        if (chars[start + 4] != '-' || chars[start + 7] != '-') {
            throw new IllegalArgumentException("not a date");
        }
        int year = twoDigits(chars, start) * 100 + twoDigits(chars, start + 2);
        int month = twoDigits(chars, start + 5);
        int day = twoDigits(chars, start + 8);
        try {
            return Math.toIntExact(LocalDate.of(year, month, day).toEpochDay());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid date", e);
        }
    }

    private static int twoDigits(char[] chars, int at) {
        char high = chars[at];
        char low = chars[at + 1];
        if (!isDigit(high) || !isDigit(low)) {
            throw new IllegalArgumentException("not a digit");
        }
        return (high - '0') * 10 + (low - '0');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean matchesIgnoringCase(char[] chars, int start, int end, String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase(chars[start + i]) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int trimStart(char[] chars, int start, int end) {
        while (start < end && (chars[start] == ' ' || chars[start] == '\t')) {
            start++;
        }
        return start;
    }

    private static int trimEnd(char[] chars, int start, int end) {
        while (end > start && (chars[end - 1] == ' ' || chars[end - 1] == '\t')) {
            end--;
        }
        return end;
    }
}
