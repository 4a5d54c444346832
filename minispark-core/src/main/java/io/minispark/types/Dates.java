package io.minispark.types;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/** Conversions between DATE/TIMESTAMP storage (epoch days, epoch microseconds) and text or java.time. */
public final class Dates {
    private static final DateTimeFormatter TIMESTAMP_PARSER = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
            .toFormatter();

    private Dates() {
    }

    public static LocalDate toLocalDate(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    public static LocalDateTime toLocalDateTime(long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        int nanos = (int) Math.floorMod(micros, 1_000_000L) * 1000;
        return LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
    }

    public static int toEpochDay(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    public static long toMicros(LocalDateTime ts) {
        return ts.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + ts.getNano() / 1000;
    }

    /** Parses ISO {@code YYYY-MM-DD}; throws {@link DateTimeParseException} otherwise. */
    public static int parseDate(CharSequence text) {
        return toEpochDay(LocalDate.parse(text));
    }

    /** Parses {@code YYYY-MM-DD[( |T)HH:MM[:SS[.fraction]]]}; throws {@link DateTimeParseException} otherwise. */
    public static long parseTimestamp(CharSequence text) {
        return toMicros(LocalDateTime.parse(text, TIMESTAMP_PARSER));
    }

    public static String formatDate(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    /** {@code YYYY-MM-DD HH:MM:SS}, with a fraction only when it is not zero. */
    public static String formatTimestamp(long micros) {
        LocalDateTime t = toLocalDateTime(micros);
        StringBuilder out = new StringBuilder(26);
        out.append(t.toLocalDate()).append(' ');
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        two(out, t.getSecond());
        int micro = t.getNano() / 1000;
        if (micro != 0) {
            String frac = String.format("%06d", micro);
            int end = frac.length();
            while (frac.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(frac, 0, end);
        }
        return out.toString();
    }

    private static StringBuilder two(StringBuilder out, int v) {
        if (v < 10) {
            out.append('0');
        }
        return out.append(v);
    }
}
