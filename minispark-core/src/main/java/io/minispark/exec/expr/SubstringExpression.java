package io.minispark.exec.expr;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;

/**
 * {@code SUBSTRING(string, start[, length])} in code points with DuckDB's rules. A positive start is
 * 1-based; a negative start counts from the end ({@code -1} is the last character); start 0 is the
 * position just before the first character. A positive length takes that many characters from start, a
 * negative length takes the characters just before start ({@code substring('hello', 3, -2) = 'he'}),
 * and the range is then clipped to the string. Without a length the rest of the string is taken. A
 * length beyond ±4294967295 raises INVALID_ARGUMENT, as in DuckDB. NULL if any argument is NULL.
 */
record SubstringExpression(VectorExpression string, VectorExpression start, VectorExpression length)
        implements VectorExpression {
    private static final long MAXIMUM_LENGTH = 4_294_967_295L;
    /** Starts further out than this select nothing either way; clamping keeps the sums below overflow. */
    private static final long START_LIMIT = 1L << 40;

    @Override
    public DataType type() {
        return DataType.STRING;
    }

    @Override
    public Vector evaluate(Batch input) {
        StringVector strings = (StringVector) string.evaluate(input);
        Vector starts = start.evaluate(input);
        Vector lengths = length == null ? null : length.evaluate(input);
        boolean[] nulls = NullMasks.union(strings.nulls(), starts.nulls());
        if (lengths != null) {
            nulls = NullMasks.union(nulls, lengths.nulls());
        }
        int rows = input.rowCount();
        byte[] data = strings.data();
        int[] offsets = strings.offsets();
        StringVector.Builder out = new StringVector.Builder(rows);
        for (int row = 0; row < rows; row++) {
            if (nulls != null && nulls[row]) {
                out.appendNull();
                continue;
            }
            int from = offsets[row];
            int to = offsets[row + 1];
            boolean ascii = Utf8.isAscii(data, from, to);
            long size = ascii ? to - from : Utf8.codePointCount(data, from, to);
            long offset = Math.clamp(integer(starts, row), -START_LIMIT, START_LIMIT);
            long firstIndex = offset > 0 ? offset - 1 : offset < 0 ? size + offset : -1;
            long begin;
            long end;
            if (lengths == null) {
                begin = firstIndex;
                end = size;
            } else {
                long count = integer(lengths, row);
                if (count > MAXIMUM_LENGTH || count < -MAXIMUM_LENGTH) {
                    throw new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                            "substring length " + count + " is outside the supported range (up to 4294967295)");
                }
                begin = count >= 0 ? firstIndex : firstIndex + count;
                end = count >= 0 ? firstIndex + count : firstIndex;
            }
            begin = Math.clamp(begin, 0, size);
            end = Math.clamp(end, begin, size);
            if (ascii) {
                out.append(data, from + (int) begin, from + (int) end);
            } else {
                int byteBegin = Utf8.advance(data, from, to, begin);
                int byteEnd = Utf8.advance(data, byteBegin, to, end - begin);
                out.append(data, byteBegin, byteEnd);
            }
        }
        return out.build(DataType.STRING);
    }

    private static long integer(Vector values, int row) {
        return switch (values) {
            case IntVector ints -> ints.get(row);
            case LongVector longs -> longs.get(row);
            case BooleanVector booleans -> throw EvaluationErrors.internal("SUBSTRING position of type " + booleans.type());
            case DoubleVector doubles -> throw EvaluationErrors.internal("SUBSTRING position of type " + doubles.type());
            case StringVector strings -> throw EvaluationErrors.internal("SUBSTRING position of type " + strings.type());
        };
    }
}
