package io.minispark.io.block;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.PhysicalType;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Writes batches into a block file, streaming: rows are buffered only until a block fills (by row
 * count or encoded bytes, see {@link BlockFileOptions}) and then written, so memory holds at most one
 * block plus the footer metadata. {@link #finish()} writes the footer; a file without one is
 * rejected by readers, so a writer that dies midway never leaves a file that reads as complete.
 *
 * <p>Not thread-safe: one writer per thread.
 */
public final class BlockFileWriter implements Closeable {
    private final Path path;
    private final Schema schema;
    private final BlockFileOptions options;
    private final FileChannel channel;
    private final List<Batch> pendingParts = new ArrayList<>();
    private final List<BlockMetadata> blocks = new ArrayList<>();
    private long position;
    private int pendingRows;
    private long pendingBytes;
    private long rowsWritten;
    private BlockFileSummary summary;
    private boolean closed;

    public BlockFileWriter(Path path, Schema schema) {
        this(path, schema, BlockFileOptions.defaults());
    }

    public BlockFileWriter(Path path, Schema schema, BlockFileOptions options) {
        this.path = path;
        this.schema = schema;
        this.options = options;
        try {
            this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw ioError("cannot create block file " + path, e);
        }
        try {
            writeFully(ByteBuffer.wrap(BlockFileLayout.MAGIC));
        } catch (IOException e) {
            closeQuietly();
            throw ioError("cannot write block file " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    public Schema schema() {
        return schema;
    }

    /** Rows accepted so far, buffered ones included. */
    public long rowsWritten() {
        return rowsWritten;
    }

    /** Appends the rows of a batch whose columns match the schema (by position and physical type). */
    public void write(Batch batch) {
        checkOpen();
        checkShape(batch);
        int from = 0;
        int rows = batch.rowCount();
        while (from < rows) {
            int rowRoom = options.maxRowsPerBlock() - pendingRows;
            long byteRoom = options.maxBytesPerBlock() - pendingBytes;
            int take = RowSizes.rowsFitting(batch, from, rowRoom, byteRoom);
            if (take == 0) {
                if (pendingRows == 0) {
                    // A single row larger than the byte bound gets a block of its own.
                    take = 1;
                } else {
                    flushBlock();
                    continue;
                }
            }
            Batch part = from == 0 && take == rows ? batch : batch.slice(from, from + take);
            pendingParts.add(part);
            pendingRows += take;
            pendingBytes += RowSizes.bytes(batch, from, from + take);
            rowsWritten += take;
            from += take;
            if (pendingRows >= options.maxRowsPerBlock() || pendingBytes >= options.maxBytesPerBlock()) {
                flushBlock();
            }
        }
    }

    /** Writes the buffered rows and the footer, closes the file and says what was written. Idempotent. */
    public BlockFileSummary finish() {
        if (summary != null) {
            return summary;
        }
        checkOpen();
        try {
            if (pendingRows > 0) {
                flushBlock();
            }
            ByteBuffer footer = FooterCodec.encode(schema, blocks);
            CRC32C checksum = new CRC32C();
            checksum.update(footer.duplicate());
            int footerLength = footer.remaining();
            writeFully(footer);
            ByteBuffer trailer = ByteBuffer.allocate(BlockFileLayout.TRAILER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            trailer.putInt(footerLength).putInt((int) checksum.getValue()).put(BlockFileLayout.MAGIC).flip();
            writeFully(trailer);
            if (options.durable()) {
                channel.force(false);
            }
            channel.close();
            closed = true;
        } catch (IOException e) {
            closeQuietly();
            throw ioError("cannot write block file " + path, e);
        }
        summary = new BlockFileSummary(path, rowsWritten, blocks.size(), position);
        return summary;
    }

    /** Closes without a footer and deletes the file. */
    public void abort() {
        closeQuietly();
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Best effort: the caller is already handling a failure.
        }
    }

    /** Finishes the file if that has not happened yet (so try-with-resources writes a complete file). */
    @Override
    public void close() {
        if (!closed) {
            finish();
        }
    }

    private void flushBlock() {
        long blockOffset = position;
        List<ChunkMetadata> chunks = new ArrayList<>(schema.size());
        try {
            for (int c = 0; c < schema.size(); c++) {
                List<Vector> parts = new ArrayList<>(pendingParts.size());
                for (Batch part : pendingParts) {
                    parts.add(part.column(c));
                }
                chunks.add(writeChunk(parts));
            }
        } catch (IOException e) {
            closeQuietly();
            throw ioError("cannot write block file " + path, e);
        }
        blocks.add(new BlockMetadata(blockOffset, pendingRows, chunks));
        pendingParts.clear();
        pendingRows = 0;
        pendingBytes = 0;
    }

    private ChunkMetadata writeChunk(List<Vector> parts) throws IOException {
        long chunkOffset = position;
        CRC32C checksum = new CRC32C();
        ColumnStatistics statistics = ColumnChunkEncoder.encode(parts, pendingRows, bytes -> {
            checksum.update(bytes.duplicate());
            writeFully(bytes);
        });
        return new ChunkMetadata(chunkOffset, position - chunkOffset, (int) checksum.getValue(), statistics);
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            position += channel.write(bytes);
        }
    }

    private void checkShape(Batch batch) {
        if (batch.columnCount() != schema.size()) {
            throw new MinisparkException(ErrorCode.INTERNAL, "batch of " + batch.columnCount()
                    + " columns written to block file " + path + " with " + schema.size() + " columns");
        }
        for (int c = 0; c < schema.size(); c++) {
            PhysicalType expected = schema.type(c).physical();
            PhysicalType actual = batch.column(c).type().physical();
            if (expected != actual) {
                throw new MinisparkException(ErrorCode.INTERNAL, "column " + schema.field(c).name() + " of block file " + path
                        + " expects " + schema.type(c) + " values but got " + batch.column(c).type());
            }
            if (!schema.field(c).nullable()) {
                checkNoNulls(c, batch.column(c), batch.rowCount());
            }
        }
    }

    /**
     * A NOT NULL column is a promise readers rely on (compiled scans skip its null checks), so a NULL is
     * refused before anything of the batch is written.
     */
    private void checkNoNulls(int column, Vector vector, int rows) {
        boolean[] nulls = vector.nulls();
        if (nulls == null) {
            return;
        }
        for (int row = 0; row < rows; row++) {
            if (nulls[row]) {
                throw new MinisparkException(ErrorCode.NOT_NULL_VIOLATION, "column \"" + schema.field(column).name()
                        + "\" is declared NOT NULL, but row " + (rowsWritten + row + 1) + " written to " + path + " is NULL");
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("block file writer for " + path + " is closed");
        }
    }

    private void closeQuietly() {
        closed = true;
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to do: the file is abandoned either way.
        }
    }

    private static MinisparkException ioError(String message, IOException cause) {
        return new MinisparkException(ErrorCode.IO_ERROR, message + ": " + cause.getMessage(), cause);
    }

    /** Encoded sizes of row ranges, used to bound blocks by bytes. */
    static final class RowSizes {
        private RowSizes() {
        }

        /** Approximate encoded bytes of rows {@code [from, to)}: fixed widths plus string lengths. */
        static long bytes(Batch batch, int from, int to) {
            long rows = to - from;
            long total = 0;
            for (int c = 0; c < batch.columnCount(); c++) {
                Vector column = batch.column(c);
                total += switch (column.type().physical()) {
                    case BOOLEAN -> rows;
                    case INT -> 4 * rows;
                    case LONG, DOUBLE -> 8 * rows;
                    case STRING -> 4 * rows + ((StringVector) column).offsets()[to] - ((StringVector) column).offsets()[from];
                };
            }
            return total;
        }

        /** The most rows from {@code from} on that fit both room limits (possibly zero). */
        static int rowsFitting(Batch batch, int from, int rowRoom, long byteRoom) {
            int most = Math.min(rowRoom, batch.rowCount() - from);
            if (most <= 0 || byteRoom <= 0) {
                return 0;
            }
            if (bytes(batch, from, from + most) <= byteRoom) {
                return most;
            }
            // Binary search: bytes() grows with the row count and costs O(columns) per probe.
            int low = 0;
            int high = most;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (bytes(batch, from, from + middle) <= byteRoom) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low;
        }
    }
}
