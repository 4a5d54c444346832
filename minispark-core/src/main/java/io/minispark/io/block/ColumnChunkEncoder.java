package io.minispark.io.block;

import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.List;

/**
 * Encodes one column of a block (given as the vector parts that were buffered for it) into a chunk:
 * optional null bitmap, then the values, little-endian. Computes the statistics on the way.
 */
final class ColumnChunkEncoder {
    /** Receives the encoded bytes of a chunk, in order. */
    interface ChunkSink {
        void write(ByteBuffer bytes) throws IOException;
    }

    private ColumnChunkEncoder() {
    }

    /** Writes the chunk to the sink and returns its statistics. */
    static ColumnStatistics encode(List<Vector> parts, int rows, ChunkSink sink) throws IOException {
        long nullCount = 0;
        for (Vector part : parts) {
            nullCount += countNulls(part);
        }
        if (nullCount > 0) {
            sink.write(ByteBuffer.wrap(nullBitmap(parts, rows)));
        }
        Vector first = parts.getFirst();
        return switch (first) {
            case BooleanVector ignored -> encodeBooleans(parts, rows, nullCount, sink);
            case IntVector ignored -> encodeInts(parts, rows, nullCount, sink);
            case LongVector ignored -> encodeLongs(parts, rows, nullCount, sink);
            case DoubleVector ignored -> encodeDoubles(parts, rows, nullCount, sink);
            case StringVector ignored -> encodeStrings(parts, rows, nullCount, sink);
        };
    }

    private static long countNulls(Vector vector) {
        boolean[] nulls = vector.nulls();
        if (nulls == null) {
            return 0;
        }
        long count = 0;
        for (int i = 0; i < vector.length(); i++) {
            if (nulls[i]) {
                count++;
            }
        }
        return count;
    }

    private static byte[] nullBitmap(List<Vector> parts, int rows) {
        byte[] bitmap = new byte[BlockFileLayout.nullBitmapBytes(rows)];
        int row = 0;
        for (Vector part : parts) {
            boolean[] nulls = part.nulls();
            if (nulls != null) {
                for (int i = 0; i < part.length(); i++) {
                    if (nulls[i]) {
                        int bit = row + i;
                        bitmap[bit >>> 3] |= (byte) (1 << (bit & 7));
                    }
                }
            }
            row += part.length();
        }
        return bitmap;
    }

    private static ColumnStatistics encodeBooleans(List<Vector> parts, int rows, long nullCount, ChunkSink sink) throws IOException {
        byte[] bits = new byte[BlockFileLayout.nullBitmapBytes(rows)];
        boolean sawTrue = false;
        boolean sawFalse = false;
        int row = 0;
        for (Vector part : parts) {
            BooleanVector vector = (BooleanVector) part;
            boolean[] values = vector.values();
            for (int i = 0; i < vector.length(); i++) {
                if (values[i]) {
                    int bit = row + i;
                    bits[bit >>> 3] |= (byte) (1 << (bit & 7));
                }
                if (!vector.isNull(i)) {
                    sawTrue |= values[i];
                    sawFalse |= !values[i];
                }
            }
            row += vector.length();
        }
        sink.write(ByteBuffer.wrap(bits));
        boolean any = sawTrue || sawFalse;
        return new ColumnStatistics(nullCount, any ? !sawFalse : null, any ? sawTrue : null);
    }

    private static ColumnStatistics encodeInts(List<Vector> parts, int rows, long nullCount, ChunkSink sink) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(Math.multiplyExact(rows, 4)).order(ByteOrder.LITTLE_ENDIAN);
        IntBuffer view = bytes.asIntBuffer();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        boolean any = false;
        for (Vector part : parts) {
            IntVector vector = (IntVector) part;
            int[] values = vector.values();
            view.put(values, 0, vector.length());
            for (int i = 0; i < vector.length(); i++) {
                if (!vector.isNull(i)) {
                    min = Math.min(min, values[i]);
                    max = Math.max(max, values[i]);
                    any = true;
                }
            }
        }
        sink.write(bytes);
        return new ColumnStatistics(nullCount, any ? min : null, any ? max : null);
    }

    private static ColumnStatistics encodeLongs(List<Vector> parts, int rows, long nullCount, ChunkSink sink) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(Math.multiplyExact(rows, 8)).order(ByteOrder.LITTLE_ENDIAN);
        LongBuffer view = bytes.asLongBuffer();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean any = false;
        for (Vector part : parts) {
            LongVector vector = (LongVector) part;
            long[] values = vector.values();
            view.put(values, 0, vector.length());
            for (int i = 0; i < vector.length(); i++) {
                if (!vector.isNull(i)) {
                    min = Math.min(min, values[i]);
                    max = Math.max(max, values[i]);
                    any = true;
                }
            }
        }
        sink.write(bytes);
        return new ColumnStatistics(nullCount, any ? min : null, any ? max : null);
    }

    private static ColumnStatistics encodeDoubles(List<Vector> parts, int rows, long nullCount, ChunkSink sink) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(Math.multiplyExact(rows, 8)).order(ByteOrder.LITTLE_ENDIAN);
        DoubleBuffer view = bytes.asDoubleBuffer();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean any = false;
        boolean sawNaN = false;
        for (Vector part : parts) {
            DoubleVector vector = (DoubleVector) part;
            double[] values = vector.values();
            view.put(values, 0, vector.length());
            for (int i = 0; i < vector.length(); i++) {
                if (!vector.isNull(i)) {
                    double value = values[i];
                    if (Double.isNaN(value)) {
                        sawNaN = true;
                    } else {
                        min = Math.min(min, value);
                        max = Math.max(max, value);
                        any = true;
                    }
                }
            }
        }
        sink.write(bytes);
        // NaN has no place in a min/max order that every engine comparison agrees on: give up bounds.
        if (!any || sawNaN) {
            return new ColumnStatistics(nullCount, null, null);
        }
        // -0.0 and 0.0 are equal in SQL; widen so a comparison with either never wrongly prunes.
        Double lower = min == 0.0 ? -0.0 : min;
        Double upper = max == 0.0 ? 0.0 : max;
        return new ColumnStatistics(nullCount, lower, upper);
    }

    private static ColumnStatistics encodeStrings(List<Vector> parts, int rows, long nullCount, ChunkSink sink) throws IOException {
        ByteBuffer offsetBytes = ByteBuffer.allocate(Math.multiplyExact(rows + 1, 4)).order(ByteOrder.LITTLE_ENDIAN);
        IntBuffer offsetView = offsetBytes.asIntBuffer();
        offsetView.put(0);
        int base = 0;
        StringVector minVector = null;
        int minRow = -1;
        StringVector maxVector = null;
        int maxRow = -1;
        for (Vector part : parts) {
            StringVector vector = (StringVector) part;
            int[] offsets = vector.offsets();
            int start = offsets[0];
            for (int i = 0; i < vector.length(); i++) {
                offsetView.put(Math.addExact(base, offsets[i + 1] - start));
                if (!vector.isNull(i)) {
                    if (minVector == null || vector.compare(i, minVector, minRow) < 0) {
                        minVector = vector;
                        minRow = i;
                    }
                    if (maxVector == null || vector.compare(i, maxVector, maxRow) > 0) {
                        maxVector = vector;
                        maxRow = i;
                    }
                }
            }
            base = Math.addExact(base, offsets[vector.length()] - start);
        }
        sink.write(offsetBytes);
        for (Vector part : parts) {
            StringVector vector = (StringVector) part;
            int start = vector.offsets()[0];
            int end = vector.offsets()[vector.length()];
            if (end > start) {
                sink.write(ByteBuffer.wrap(vector.data(), start, end - start));
            }
        }
        return new ColumnStatistics(nullCount, boundOrNull(minVector, minRow), boundOrNull(maxVector, maxRow));
    }

    private static String boundOrNull(StringVector vector, int row) {
        if (vector == null || vector.byteLength(row) > ColumnStatistics.MAX_STRING_BOUND_BYTES) {
            return null;
        }
        return vector.getString(row);
    }
}
