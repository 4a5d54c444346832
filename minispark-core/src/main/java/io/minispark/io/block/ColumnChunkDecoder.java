package io.minispark.io.block;

import io.minispark.types.DataType;
import io.minispark.types.PhysicalType;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * Reads one column chunk with positional reads, verifies its CRC32C and decodes it into a vector with
 * bulk little-endian buffer copies. The chunk's layout follows from the footer alone (row count and
 * whether the null count is positive), so string bytes are read straight into the array that becomes
 * the vector's storage.
 */
final class ColumnChunkDecoder {
    /** A chunk whose bytes do not match its checksum or its expected layout. */
    static final class ChunkCorruptException extends Exception {
        ChunkCorruptException(String message) {
            super(message);
        }
    }

    private ColumnChunkDecoder() {
    }

    static Vector decode(FileChannel channel, ChunkMetadata chunk, int rows, DataType type, Supplier<String> where)
            throws IOException, ChunkCorruptException {
        boolean hasNulls = chunk.statistics().nullCount() > 0;
        int bitmapBytes = hasNulls ? BlockFileLayout.nullBitmapBytes(rows) : 0;
        long valueBytes = switch (type.physical()) {
            case BOOLEAN -> BlockFileLayout.nullBitmapBytes(rows);
            case INT -> 4L * rows;
            case LONG, DOUBLE -> 8L * rows;
            case STRING -> 4L * (rows + 1);
        };
        long headLength = bitmapBytes + valueBytes;
        boolean isString = type.physical() == PhysicalType.STRING;
        long tailLength = chunk.length() - headLength;
        if (tailLength < 0 || (!isString && tailLength != 0) || tailLength > Integer.MAX_VALUE - 16) {
            throw new ChunkCorruptException(where.get() + " has length " + chunk.length() + ", which does not fit "
                    + rows + " " + type + " values");
        }
        ByteBuffer head = ByteBuffer.allocate((int) headLength).order(ByteOrder.LITTLE_ENDIAN);
        byte[] tail = new byte[(int) tailLength];
        if (!readFully(channel, head, chunk.offset())
                || !readFully(channel, ByteBuffer.wrap(tail), chunk.offset() + headLength)) {
            throw new ChunkCorruptException(where.get() + " runs past the end of the file (truncated)");
        }
        CRC32C checksum = new CRC32C();
        checksum.update(head.array(), 0, head.capacity());
        checksum.update(tail, 0, tail.length);
        if ((int) checksum.getValue() != chunk.checksum()) {
            throw new ChunkCorruptException("checksum mismatch in " + where.get());
        }
        head.flip();
        boolean[] nulls = hasNulls ? unpackBits(head, rows) : null;
        return switch (type.physical()) {
            case BOOLEAN -> new BooleanVector(type, unpackBits(head, rows), nulls);
            case INT -> {
                int[] values = new int[rows];
                head.asIntBuffer().get(values);
                yield new IntVector(type, values, nulls);
            }
            case LONG -> {
                long[] values = new long[rows];
                head.asLongBuffer().get(values);
                yield new LongVector(type, values, nulls);
            }
            case DOUBLE -> {
                double[] values = new double[rows];
                head.asDoubleBuffer().get(values);
                yield new DoubleVector(type, values, nulls);
            }
            case STRING -> {
                int[] offsets = new int[rows + 1];
                head.asIntBuffer().get(offsets);
                checkOffsets(offsets, tail.length, where);
                yield new StringVector(type, tail, offsets, nulls);
            }
        };
    }

    /** Unpacks {@code rows} bits (least significant first) at the buffer's position and advances past them. */
    private static boolean[] unpackBits(ByteBuffer buffer, int rows) {
        boolean[] out = new boolean[rows];
        int base = buffer.position();
        byte[] bytes = buffer.array();
        for (int i = 0; i < rows; i++) {
            out[i] = (bytes[base + (i >>> 3)] & (1 << (i & 7))) != 0;
        }
        buffer.position(base + BlockFileLayout.nullBitmapBytes(rows));
        return out;
    }

    /** Offsets passed the checksum, but a writer bug must not turn into out-of-bounds reads later. */
    private static void checkOffsets(int[] offsets, int dataLength, Supplier<String> where) throws ChunkCorruptException {
        if (offsets[0] != 0 || offsets[offsets.length - 1] != dataLength) {
            throw new ChunkCorruptException(where.get() + " has string offsets that do not span its data");
        }
        for (int i = 1; i < offsets.length; i++) {
            if (offsets[i] < offsets[i - 1]) {
                throw new ChunkCorruptException(where.get() + " has decreasing string offsets");
            }
        }
    }

    /** Fills the buffer from the file at a position; false when the file ends first. */
    static boolean readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                return false;
            }
            at += read;
        }
        return true;
    }
}
