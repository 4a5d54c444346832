package io.minispark.types;

import java.math.BigDecimal;

/**
 * DOUBLE to text exactly as DuckDB prints it (which is Python's {@code repr}): the shortest decimal that
 * reads back as the same double; plain notation with at least one fractional digit when the decimal
 * exponent is in [-4, 16), otherwise {@code d.ddde+XX} with at least two exponent digits; {@code nan},
 * {@code inf}, {@code -inf}; {@code -0.0} keeps its sign. Examples: {@code 100.0}, {@code 0.0001},
 * {@code 1e-05}, {@code 1e+16}, {@code 1.2345678901234568e+17}.
 */
public final class DoubleText {
    private DoubleText() {
    }

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0.0) {
            return (1.0 / value) < 0 ? "-0.0" : "0.0";
        }
        // Double.toString gives the shortest round-trip digits (JDK 19+); only the layout differs.
        BigDecimal decimal = shortest(Math.abs(value));
        String digits = decimal.unscaledValue().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (value < 0) {
            out.append('-');
        }
        if (exponent >= -4 && exponent < 16) {
            appendPlain(out, digits, exponent);
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        }
        return out.toString();
    }

    /**
     * The shortest decimal that reads back as {@code magnitude}. Double.toString (JDK 19+) is shortest
     * except that it never uses fewer than two digits, picking the closest two-digit decimal where a
     * one-digit one exists too ({@code 4.9E-324} for {@code 5e-324}), so one digit is tried as well.
     */
    private static BigDecimal shortest(double magnitude) {
        BigDecimal decimal = new BigDecimal(Double.toString(magnitude)).stripTrailingZeros();
        if (decimal.precision() == 2) {
            BigDecimal oneDigit = decimal.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (Double.parseDouble(oneDigit.toString()) == magnitude) {
                return oneDigit.stripTrailingZeros();
            }
        }
        return decimal;
    }

    private static void appendPlain(StringBuilder out, String digits, int exponent) {
        if (exponent < 0) {
            out.append("0.");
            out.append("0".repeat(-exponent - 1)).append(digits);
            return;
        }
        int integerDigits = exponent + 1;
        if (digits.length() <= integerDigits) {
            out.append(digits).append("0".repeat(integerDigits - digits.length())).append(".0");
        } else {
            out.append(digits, 0, integerDigits).append('.').append(digits, integerDigits, digits.length());
        }
    }
}
