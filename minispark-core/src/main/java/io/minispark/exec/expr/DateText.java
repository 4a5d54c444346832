package io.minispark.exec.expr;

import io.minispark.types.Dates;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * DATE and TIMESTAMP text forms. Parsing is as lenient as DuckDB's: surrounding whitespace is ignored,
 * month and day may have one digit ({@code 2024-1-5}), a DATE may carry a time of day that is dropped,
 * a TIMESTAMP's time ({@code HH:MM[:SS[.fraction]]}, after a space or {@code T}) is optional and
 * fractions beyond microseconds are truncated. Unlike DuckDB, time zone offsets and {@code (BC)} are
 * not accepted. Formatting a DATE gives {@code YYYY-MM-DD}, with DuckDB's {@code (BC)} suffix for years
 * before 1; TIMESTAMP formatting is {@link Dates#formatTimestamp}.
 */
final class DateText {
    private DateText() {
    }

    /** Days since the epoch, or null when the text is not a valid date. */
    static Integer parseDate(String text) {
        Parsed parsed = parse(NumberText.trim(text));
        return parsed == null ? null : parsed.epochDay;
    }

    /** Microseconds since the epoch, or null when the text is not a valid timestamp. */
    static Long parseTimestamp(String text) {
        Parsed parsed = parse(NumberText.trim(text));
        if (parsed == null) {
            return null;
        }
        try {
            return Math.addExact(Math.multiplyExact((long) parsed.epochDay, TemporalCasts.MICROS_PER_DAY),
                    parsed.microsOfDay);
        } catch (ArithmeticException outOfRange) {
            return null;
        }
    }

    static String formatDate(int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int year = date.getYear();
        // DuckDB counts years before 1 as BC with no year 0: year 0 is 1 BC.
        int shownYear = year > 0 ? year : 1 - year;
        StringBuilder out = new StringBuilder(16);
        String yearDigits = Integer.toString(shownYear);
        out.append("0".repeat(Math.max(0, 4 - yearDigits.length()))).append(yearDigits).append('-');
        appendTwoDigits(out, date.getMonthValue()).append('-');
        appendTwoDigits(out, date.getDayOfMonth());
        if (year <= 0) {
            out.append(" (BC)");
        }
        return out.toString();
    }

    private static StringBuilder appendTwoDigits(StringBuilder out, int value) {
        return out.append(value < 10 ? "0" : "").append(value);
    }

    private record Parsed(int epochDay, long microsOfDay) {
    }

    private static Parsed parse(String text) {
        Cursor cursor = new Cursor(text);
        boolean negativeYear = cursor.take('-');
        int year = cursor.number(1, 9);
        if (year < 0 || !cursor.take('-')) {
            return null;
        }
        int month = cursor.number(1, 2);
        if (month < 0 || !cursor.take('-')) {
            return null;
        }
        int day = cursor.number(1, 2);
        if (day < 0) {
            return null;
        }
        long microsOfDay = 0;
        if (!cursor.atEnd()) {
            if (!cursor.take(' ') && !cursor.take('T')) {
                return null;
            }
            microsOfDay = parseTime(cursor);
            if (microsOfDay < 0 || !cursor.atEnd()) {
                return null;
            }
        }
        try {
            LocalDate date = LocalDate.of(negativeYear ? -year : year, month, day);
            return new Parsed(Math.toIntExact(date.toEpochDay()), microsOfDay);
        } catch (DateTimeException | ArithmeticException invalid) {
            return null;
        }
    }

    /** {@code HH:MM[:SS[.fraction]]} as microseconds of the day, or -1 when malformed or out of range. */
    private static long parseTime(Cursor cursor) {
        int hour = cursor.number(1, 2);
        if (hour < 0 || hour > 23 || !cursor.take(':')) {
            return -1;
        }
        int minute = cursor.number(2, 2);
        if (minute < 0 || minute > 59) {
            return -1;
        }
        int second = 0;
        long micros = 0;
        if (cursor.take(':')) {
            second = cursor.number(2, 2);
            if (second < 0 || second > 59) {
                return -1;
            }
            if (cursor.take('.')) {
                int digits = 0;
                while (!cursor.atEnd() && Character.isDigit(cursor.peek()) && cursor.peek() < 128) {
                    int digit = cursor.next() - '0';
                    if (digits < 6) {
                        micros = micros * 10 + digit;
                    }
                    digits++;
                }
                if (digits == 0) {
                    return -1;
                }
                for (int padding = digits; padding < 6; padding++) {
                    micros *= 10;
                }
            }
        }
        return ((hour * 60L + minute) * 60L + second) * 1_000_000L + micros;
    }

    /** A position in the text being parsed. */
    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        char peek() {
            return text.charAt(at);
        }

        char next() {
            return text.charAt(at++);
        }

        boolean take(char expected) {
            if (!atEnd() && text.charAt(at) == expected) {
                at++;
                return true;
            }
            return false;
        }

        /** An unsigned number of {@code minDigits..maxDigits} ASCII digits, or -1. */
        int number(int minDigits, int maxDigits) {
            int value = 0;
            int digits = 0;
            while (!atEnd() && digits < maxDigits && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                value = value * 10 + (text.charAt(at++) - '0');
                digits++;
            }
            return digits >= minDigits ? value : -1;
        }
    }
}
