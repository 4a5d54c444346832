package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.util.Locale;

/**
 * Casts from STRING by parsing: numbers as {@link NumberText}, dates and timestamps as
 * {@link DateText}, BOOLEAN from {@code true t yes y 1 false f no n 0} in any case but without
 * surrounding spaces (as DuckDB). Text that does not parse raises INVALID_ARGUMENT
 * ("could not convert string 'abc' to INT"), also for integers out of range, as DuckDB does.
 */
final class FromStringCasts {
    private FromStringCasts() {
    }

    static Vector apply(StringVector source, DataType target) {
        int length = source.length();
        boolean[] nulls = source.nulls();
        return switch (target.kind()) {
            case BOOLEAN -> {
                boolean[] out = new boolean[length];
                for (int row = 0; row < length; row++) {
                    if (!source.isNull(row)) {
                        out[row] = parseBoolean(source.getString(row));
                    }
                }
                yield new BooleanVector(target, out, nulls);
            }
            case INT, DATE -> {
                int[] out = new int[length];
                for (int row = 0; row < length; row++) {
                    if (!source.isNull(row)) {
                        String text = source.getString(row);
                        // Not a conditional expression: mixing Integer and Long there would unbox the null.
                        Number value;
                        if (target.equals(DataType.DATE)) {
                            value = DateText.parseDate(text);
                        } else {
                            value = NumberText.parseInteger(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
                        }
                        out[row] = required(value, text, target).intValue();
                    }
                }
                yield new IntVector(target, out, nulls);
            }
            case BIGINT, TIMESTAMP -> {
                long[] out = new long[length];
                for (int row = 0; row < length; row++) {
                    if (!source.isNull(row)) {
                        String text = source.getString(row);
                        Long value = target.equals(DataType.TIMESTAMP)
                                ? DateText.parseTimestamp(text)
                                : NumberText.parseInteger(text, Long.MIN_VALUE, Long.MAX_VALUE);
                        out[row] = required(value, text, target);
                    }
                }
                yield new LongVector(target, out, nulls);
            }
            case DOUBLE -> {
                double[] out = new double[length];
                for (int row = 0; row < length; row++) {
                    if (!source.isNull(row)) {
                        String text = source.getString(row);
                        out[row] = required(NumberText.parseDouble(text), text, target);
                    }
                }
                yield new DoubleVector(target, out, nulls);
            }
            case STRING, DECIMAL, NULL -> throw EvaluationErrors.internal("cast from STRING to " + target);
        };
    }

    private static <T> T required(T parsed, String text, DataType target) {
        if (parsed == null) {
            throw EvaluationErrors.cannotConvert(text, target);
        }
        return parsed;
    }

    private static boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "1" -> true;
            case "false", "f", "no", "n", "0" -> false;
            default -> throw EvaluationErrors.cannotConvert(text, DataType.BOOLEAN);
        };
    }
}
