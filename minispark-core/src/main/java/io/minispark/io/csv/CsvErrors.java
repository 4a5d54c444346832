package io.minispark.io.csv;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.nio.file.Path;

/** Builds the one-line MALFORMED_CSV messages: file, line, and column and value when there are some. */
final class CsvErrors {
    /** Longer offending values are cut: the message must stay one readable line. */
    private static final int MAX_QUOTED_VALUE = 80;

    private CsvErrors() {
    }

    static MinisparkException malformedLine(Path file, long line, String problem) {
        return malformedLine(file, line, problem, null);
    }

    static MinisparkException malformedLine(Path file, long line, String problem, Throwable cause) {
        return new MinisparkException(ErrorCode.MALFORMED_CSV,
                "malformed CSV file " + file + " at line " + line + ": " + problem, cause);
    }

    static MinisparkException malformedValue(Path file, long line, String column, String value, String expected) {
        return new MinisparkException(ErrorCode.MALFORMED_CSV, "malformed CSV file " + file + " at line " + line
                + ", column \"" + column + "\": value " + quote(value) + " is not a valid " + expected);
    }

    static MinisparkException malformedFile(Path file, String problem) {
        return malformedFile(file, problem, null);
    }

    static MinisparkException malformedFile(Path file, String problem, Throwable cause) {
        return new MinisparkException(ErrorCode.MALFORMED_CSV, "malformed CSV file " + file + ": " + problem, cause);
    }

    /** The value in double quotes, shortened, with line breaks shown as escapes. */
    static String quote(String value) {
        String shown = value.length() > MAX_QUOTED_VALUE ? value.substring(0, MAX_QUOTED_VALUE) + "..." : value;
        shown = shown.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\"", "\\\"");
        return "\"" + shown + "\"";
    }
}
