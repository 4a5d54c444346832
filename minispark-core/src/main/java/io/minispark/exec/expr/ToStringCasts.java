package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.types.DoubleText;
import io.minispark.types.Dates;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.nio.charset.StandardCharsets;

/**
 * Casts to STRING: BOOLEAN as {@code true}/{@code false}, integers in decimal, DOUBLE as
 * {@link DoubleText}, DATE as {@link DateText#formatDate}, TIMESTAMP as {@link Dates#formatTimestamp}
 * ({@code YYYY-MM-DD HH:MM:SS[.ffffff]} with trailing fractional zeros removed, like DuckDB; years
 * before 1 or after 9999 print as java.time does, e.g. {@code -0044}, where DuckDB writes
 * {@code 0045 ... (BC)}).
 */
final class ToStringCasts {
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    private ToStringCasts() {
    }

    static StringVector apply(Vector source) {
        int length = source.length();
        StringVector.Builder out = new StringVector.Builder(length);
        DataType type = source.type();
        for (int row = 0; row < length; row++) {
            if (source.isNull(row)) {
                out.appendNull();
                continue;
            }
            switch (source) {
                case BooleanVector booleans -> out.append(booleans.get(row) ? TRUE : FALSE);
                case IntVector ints -> out.append(switch (type.kind()) {
                    case DATE -> DateText.formatDate(ints.get(row));
                    default -> Integer.toString(ints.get(row));
                });
                case LongVector longs -> out.append(switch (type.kind()) {
                    case TIMESTAMP -> Dates.formatTimestamp(longs.get(row));
                    default -> Long.toString(longs.get(row));
                });
                case DoubleVector doubles -> out.append(DoubleText.format(doubles.get(row)));
                case StringVector strings -> out.append(strings, row);
            }
        }
        return out.build(DataType.STRING);
    }
}
