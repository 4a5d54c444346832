package io.minispark.exec.expr;

import io.minispark.logical.ScalarFunction;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.nio.charset.StandardCharsets;

/**
 * The one-argument string functions, NULL in, NULL out:
 * <ul>
 *   <li>LENGTH: the number of code points, as BIGINT;
 *   <li>UPPER, LOWER: per code point simple case mapping (no change of length in code points, so
 *       {@code upper('ß')} is {@code 'ẞ'}, not {@code 'SS'}, as in DuckDB);
 *   <li>TRIM: removes leading and trailing space separators (Unicode category Zs: the ASCII space,
 *       no-break space, ideographic space, ...), which is DuckDB's set; tabs and newlines stay.
 * </ul>
 * ASCII strings take a byte-wise path that does not decode.
 */
record StringFunctionExpression(ScalarFunction.Function function, VectorExpression argument)
        implements VectorExpression {
    private static final int SHARP_S = 0xDF;
    private static final int CAPITAL_SHARP_S = 0x1E9E;

    @Override
    public DataType type() {
        return function == ScalarFunction.Function.LENGTH ? DataType.BIGINT : DataType.STRING;
    }

    @Override
    public Vector evaluate(Batch input) {
        StringVector strings = (StringVector) argument.evaluate(input);
        return switch (function) {
            case LENGTH -> length(strings);
            case UPPER -> mapCase(strings, true);
            case LOWER -> mapCase(strings, false);
            case TRIM -> trim(strings);
            case SUBSTRING, COALESCE, ABS, ROUND, EXTRACT_YEAR, EXTRACT_MONTH, EXTRACT_DAY, ADD_DAYS, ADD_MONTHS,
                 ASSERT_SINGLE_ROW ->
                    throw EvaluationErrors.internal(function + " is not a one-argument string function");
        };
    }

    private static LongVector length(StringVector strings) {
        byte[] data = strings.data();
        int[] offsets = strings.offsets();
        long[] out = new long[strings.length()];
        for (int row = 0; row < out.length; row++) {
            out[row] = Utf8.codePointCount(data, offsets[row], offsets[row + 1]);
        }
        return new LongVector(DataType.BIGINT, out, strings.nulls());
    }

    private static StringVector mapCase(StringVector strings, boolean upper) {
        byte[] data = strings.data();
        int[] offsets = strings.offsets();
        int length = strings.length();
        StringVector.Builder out = new StringVector.Builder(length, offsets[length] - offsets[0]);
        for (int row = 0; row < length; row++) {
            if (strings.isNull(row)) {
                out.appendNull();
                continue;
            }
            int from = offsets[row];
            int to = offsets[row + 1];
            if (Utf8.isAscii(data, from, to)) {
                byte[] mapped = new byte[to - from];
                for (int at = from; at < to; at++) {
                    byte b = data[at];
                    if (upper && b >= 'a' && b <= 'z') {
                        b -= 'a' - 'A';
                    } else if (!upper && b >= 'A' && b <= 'Z') {
                        b += 'a' - 'A';
                    }
                    mapped[at - from] = b;
                }
                out.append(mapped);
            } else {
                String text = new String(data, from, to - from, StandardCharsets.UTF_8);
                StringBuilder mapped = new StringBuilder(text.length());
                text.codePoints().forEach(codePoint -> mapped.appendCodePoint(upper ? toUpper(codePoint)
                        : Character.toLowerCase(codePoint)));
                out.append(mapped.toString());
            }
        }
        return out.build(DataType.STRING);
    }

    private static int toUpper(int codePoint) {
        // Java has no single-code-point upper case of ß; DuckDB (utf8proc) maps it to ẞ.
        return codePoint == SHARP_S ? CAPITAL_SHARP_S : Character.toUpperCase(codePoint);
    }

    private static StringVector trim(StringVector strings) {
        byte[] data = strings.data();
        int[] offsets = strings.offsets();
        int length = strings.length();
        StringVector.Builder out = new StringVector.Builder(length, offsets[length] - offsets[0]);
        for (int row = 0; row < length; row++) {
            if (strings.isNull(row)) {
                out.appendNull();
                continue;
            }
            int from = offsets[row];
            int to = offsets[row + 1];
            while (from < to) {
                int width = Utf8.sequenceLength(data[from]);
                if (!isSpaceSeparator(data, from, Math.min(from + width, to))) {
                    break;
                }
                from += width;
            }
            while (to > from) {
                int lead = to - 1;
                while (lead > from && (data[lead] & 0xC0) == 0x80) {
                    lead--;
                }
                if (!isSpaceSeparator(data, lead, to)) {
                    break;
                }
                to = lead;
            }
            out.append(data, from, to);
        }
        return out.build(DataType.STRING);
    }

    private static boolean isSpaceSeparator(byte[] data, int from, int to) {
        if (to - from == 1) {
            return data[from] == ' ';
        }
        int codePoint = new String(data, from, to - from, StandardCharsets.UTF_8).codePointAt(0);
        return Character.getType(codePoint) == Character.SPACE_SEPARATOR;
    }
}
