package io.minispark.exec.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Parsing of text as INT, BIGINT or DOUBLE with DuckDB's leniency. Surrounding ASCII whitespace is
 * ignored. Integers accept an optional sign, single underscores between digits ({@code 1_000}), a
 * decimal fraction and exponent that are rounded half away from zero ({@code '2.5' -> 3},
 * {@code '-0.5' -> -1}, {@code '1e3' -> 1000}), and unsigned {@code 0x} hexadecimal or {@code 0b}
 * binary. Doubles accept the same decimal forms plus {@code nan}, {@code inf} and {@code infinity}
 * (any case, optionally signed); out-of-range doubles become ±Infinity or 0 as in IEEE 754. Failures
 * (including integers out of range, as in DuckDB) are reported by returning null.
 */
final class NumberText {
    private NumberText() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    static String trim(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** The integer value of the text if it is one within {@code [minimum, maximum]}, else null. */
    static Long parseInteger(String text, long minimum, long maximum) {
        String trimmed = trim(text);
        String lower = trimmed.toLowerCase(Locale.ROOT);
        BigInteger value;
        if (lower.startsWith("0x") || lower.startsWith("0b")) {
            value = parseRadix(lower.substring(2), lower.charAt(1) == 'x' ? 16 : 2);
        } else {
            value = parseDecimalRounded(trimmed);
        }
        if (value == null || value.bitLength() > 63) {
            return null;
        }
        long result = value.longValue();
        return result < minimum || result > maximum ? null : result;
    }

    /**
     * The exact value of decimal text ({@code [+-] digits [. digits] [e [+-] digits]}, underscores
     * between digits allowed), or null when it is not one. No detour through double, so
     * {@code '1.005'} stays 1.005.
     */
    static BigDecimal parseDecimal(String text) {
        DecimalSyntax syntax = DecimalSyntax.scan(trim(text));
        if (syntax == null) {
            return null;
        }
        String plain = syntax.withoutUnderscores();
        try {
            return new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain);
        } catch (NumberFormatException exponentOutOfRange) {
            return null;
        }
    }

    /** The double value of the text, or null when it is not a number. */
    static Double parseDouble(String text) {
        String trimmed = trim(text);
        String unsigned = trimmed.startsWith("+") || trimmed.startsWith("-") ? trimmed.substring(1) : trimmed;
        boolean negative = trimmed.startsWith("-");
        switch (unsigned.toLowerCase(Locale.ROOT)) {
            case "nan" -> {
                return Double.NaN;
            }
            case "inf", "infinity" -> {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            default -> {
                DecimalSyntax syntax = DecimalSyntax.scan(trimmed);
                // Double.parseDouble also takes "1d" or hex floats; only accept what the scanner vouched for.
                return syntax == null ? null : Double.parseDouble(syntax.withoutUnderscores());
            }
        }
    }

    private static BigInteger parseRadix(String digits, int radix) {
        if (digits.isEmpty()) {
            return null;
        }
        for (int at = 0; at < digits.length(); at++) {
            if (Character.digit(digits.charAt(at), radix) < 0) {
                return null;
            }
        }
        return new BigInteger(digits, radix);
    }

    private static BigInteger parseDecimalRounded(String text) {
        DecimalSyntax syntax = DecimalSyntax.scan(text);
        if (syntax == null) {
            return null;
        }
        String plain = syntax.withoutUnderscores();
        if (!syntax.hasFractionOrExponent()) {
            return new BigInteger(plain.startsWith("+") ? plain.substring(1) : plain);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain);
        } catch (NumberFormatException exponentOutOfRange) {
            return null;
        }
        // Bound the magnitude before rounding so that '1e999999999' cannot make setScale allocate.
        int magnitude = value.precision() - value.scale();
        if (value.signum() == 0 || magnitude < -1) {
            return BigInteger.ZERO;
        }
        if (magnitude > 20) {
            return BigInteger.ONE.shiftLeft(64);
        }
        return value.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
    }

    /** The validated shape of a decimal number: {@code [+-] digits [. digits] [e [+-] digits]}. */
    private record DecimalSyntax(String text, boolean hasFractionOrExponent) {
        static DecimalSyntax scan(String text) {
            int at = 0;
            int length = text.length();
            if (at < length && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            int integerEnd = digits(text, at);
            boolean hasInteger = integerEnd > at;
            at = integerEnd;
            boolean fraction = false;
            boolean hasFractionDigits = false;
            if (at < length && text.charAt(at) == '.') {
                fraction = true;
                int fractionEnd = digits(text, at + 1);
                hasFractionDigits = fractionEnd > at + 1;
                at = fractionEnd;
            }
            if (!hasInteger && !hasFractionDigits) {
                return null;
            }
            boolean exponent = false;
            if (at < length && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
                exponent = true;
                at++;
                if (at < length && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                    at++;
                }
                int exponentEnd = digits(text, at);
                if (exponentEnd == at) {
                    return null;
                }
                at = exponentEnd;
            }
            return at == length ? new DecimalSyntax(text, fraction || exponent) : null;
        }

        /** The end of a run of digits with single underscores between them (a trailing '_' is not taken). */
        private static int digits(String text, int from) {
            int at = from;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c >= '0' && c <= '9') {
                    at++;
                } else if (c == '_' && at > from && at + 1 < text.length()
                        && text.charAt(at + 1) >= '0' && text.charAt(at + 1) <= '9') {
                    at++;
                } else {
                    break;
                }
            }
            return at;
        }

        String withoutUnderscores() {
            return text.indexOf('_') < 0 ? text : text.replace("_", "");
        }
    }
}
