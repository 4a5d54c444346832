package io.minispark.io.block;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.DataType;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.io.Closeable;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Reads a block file: the footer once at {@link #open}, then any block's selected column chunks on
 * demand with positional reads, so unselected columns and skipped blocks cost no I/O. Every chunk's
 * CRC32C is verified on every read.
 *
 * <p>Reading blocks is safe from several threads (positional reads share no file position); the
 * {@link #bytesRead()} counter is then approximate.
 */
public final class BlockFileReader implements Closeable {
    private DecodedBlockCache cache;
    private Object fileKey;
    private long fileSize;
    private long modifiedMillis;
    private final Path path;
    /** Opened when first needed: a cached reader whose chunks all come from the cache opens no file. */
    private volatile FileChannel channel;
    private final Schema schema;
    private final List<BlockMetadata> blocks;
    private long bytesRead;

    private BlockFileReader(Path path, FileChannel channel, Schema schema, List<BlockMetadata> blocks, long footerBytes) {
        this.path = path;
        this.channel = channel;
        this.schema = schema;
        this.blocks = blocks;
        this.bytesRead = footerBytes;
    }

    /** Opens a block file and reads its footer; FILE_NOT_FOUND or CORRUPT_FILE when that fails. */
    public static BlockFileReader open(Path path) {
        FileChannel channel = openChannel(path);
        try {
            DecodedBlockCache.Footer footer = readFooter(path, channel);
            return new BlockFileReader(path, channel, footer.schema(), footer.blocks(), footer.bytes());
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * Opens a table's block file through a cache: its footer (checked when first read) and its decoded
     * column chunks come from the cache while the file is the same version (same inode, size and
     * modification time). For files read many times; a shuffle file, read once, uses {@link #open}.
     */
    public static BlockFileReader openCached(Path path, DecodedBlockCache cache) {
        DecodedBlockCache.FileVersion version;
        try {
            java.nio.file.attribute.BasicFileAttributes attributes =
                    java.nio.file.Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
            // A table is rewritten by renaming new files into place: a new inode, so a new key.
            version = new DecodedBlockCache.FileVersion(path.toString(),
                    attributes.fileKey() != null ? attributes.fileKey() : path.toString(), attributes.size(),
                    attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return open(path);
        }
        FileChannel[] opened = new FileChannel[1];
        try {
            DecodedBlockCache.Footer footer = cache.footer(version, () -> {
                opened[0] = openChannel(path);
                return readFooter(path, opened[0]);
            });
            // A cached footer was not read now: only the chunks read count as bytes read.
            BlockFileReader reader = new BlockFileReader(path, opened[0], footer.schema(), footer.blocks(), 0);
            reader.fileKey = version.fileKey();
            reader.fileSize = version.size();
            reader.modifiedMillis = version.modifiedMillis();
            reader.cache = cache;
            return reader;
        } catch (RuntimeException e) {
            if (opened[0] != null) {
                closeQuietly(opened[0]);
            }
            throw e;
        }
    }

    private static FileChannel openChannel(Path path) {
        try {
            return FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new MinisparkException(ErrorCode.FILE_NOT_FOUND, "block file " + path + " does not exist", e);
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot open block file " + path + ": " + e.getMessage(), e);
        }
    }

    private static DecodedBlockCache.Footer readFooter(Path path, FileChannel channel) {
        try {
            long size = channel.size();
            int magicLength = BlockFileLayout.MAGIC.length;
            if (size < magicLength + BlockFileLayout.TRAILER_SIZE) {
                throw corrupt(path, "it is too short (" + size + " bytes) to be a block file", null);
            }
            ByteBuffer head = readAt(channel, 0, magicLength, path);
            if (!Arrays.equals(head.array(), BlockFileLayout.MAGIC)) {
                throw corrupt(path, "it does not start with the block file magic bytes", null);
            }
            ByteBuffer trailer = readAt(channel, size - BlockFileLayout.TRAILER_SIZE, BlockFileLayout.TRAILER_SIZE, path);
            int footerLength = trailer.getInt();
            int footerChecksum = trailer.getInt();
            byte[] tailMagic = new byte[magicLength];
            trailer.get(tailMagic);
            if (!Arrays.equals(tailMagic, BlockFileLayout.MAGIC)) {
                throw corrupt(path, "it does not end with the block file magic bytes (truncated or still being written?)", null);
            }
            long footerStart = size - BlockFileLayout.TRAILER_SIZE - footerLength;
            if (footerLength < 0 || footerStart < magicLength) {
                throw corrupt(path, "its footer length " + footerLength + " does not fit the file size " + size, null);
            }
            ByteBuffer footer = readAt(channel, footerStart, footerLength, path);
            CRC32C checksum = new CRC32C();
            checksum.update(footer.array(), 0, footerLength);
            if ((int) checksum.getValue() != footerChecksum) {
                throw corrupt(path, "its footer checksum does not match", null);
            }
            FooterCodec.Footer decoded;
            try {
                decoded = FooterCodec.decode(footer);
            } catch (IllegalArgumentException | BufferUnderflowException | IndexOutOfBoundsException e) {
                throw corrupt(path, "its footer is unreadable (" + e.getMessage() + ")", e);
            }
            for (BlockMetadata block : decoded.blocks()) {
                for (ChunkMetadata chunk : block.chunks()) {
                    if (chunk.offset() < magicLength || chunk.offset() + chunk.length() > footerStart) {
                        throw corrupt(path, "its footer points outside the data region", null);
                    }
                }
            }
            return new DecodedBlockCache.Footer(decoded.schema(), decoded.blocks(),
                    magicLength + BlockFileLayout.TRAILER_SIZE + footerLength);
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot read block file " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    public Schema schema() {
        return schema;
    }

    public int blockCount() {
        return blocks.size();
    }

    public long rowCount() {
        long total = 0;
        for (BlockMetadata block : blocks) {
            total += block.rowCount();
        }
        return total;
    }

    public int blockRowCount(int block) {
        return blocks.get(block).rowCount();
    }

    /** Row count, null counts and min/max of every column of a block, from the footer (no I/O). */
    public BlockStatistics blockStatistics(int block) {
        return blocks.get(block).statistics();
    }

    /** Bytes read from disk so far, the footer included. */
    public long bytesRead() {
        return bytesRead;
    }

    /** Reads the given columns (schema positions, in the order wanted) of one block. */
    public Batch readBlock(int block, int[] columns) {
        BlockMetadata metadata = blocks.get(block);
        Vector[] vectors = new Vector[columns.length];
        for (int i = 0; i < columns.length; i++) {
            int column = columns[i];
            vectors[i] = cache == null ? decode(block, column, metadata)
                    : cache.get(new DecodedBlockCache.ChunkKey(path.toString(), fileKey, fileSize, modifiedMillis, block, column),
                            () -> decode(block, column, metadata));
        }
        return new Batch(vectors, metadata.rowCount());
    }

    private Vector decode(int block, int column, BlockMetadata metadata) {
        DataType type = schema.type(column);
        ChunkMetadata chunk = metadata.chunks().get(column);
        if (!schema.field(column).nullable() && chunk.statistics().nullCount() > 0) {
            throw corrupt(path, "block " + block + ", column \"" + schema.field(column).name() + "\" is declared NOT NULL but holds "
                    + chunk.statistics().nullCount() + " NULLs", null);
        }
        try {
            Vector vector = ColumnChunkDecoder.decode(channel(), chunk, metadata.rowCount(), type,
                    () -> "block " + block + ", column \"" + schema.field(column).name() + "\"");
            bytesRead += chunk.length();
            return vector;
        } catch (ColumnChunkDecoder.ChunkCorruptException e) {
            throw corrupt(path, e.getMessage(), e);
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot read block " + block + " of " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads every column of one block. */
    public Batch readBlock(int block) {
        int[] all = new int[schema.size()];
        Arrays.setAll(all, i -> i);
        return readBlock(block, all);
    }

    private FileChannel channel() {
        FileChannel opened = channel;
        if (opened == null) {
            synchronized (this) {
                opened = channel;
                if (opened == null) {
                    opened = openChannel(path);
                    channel = opened;
                }
            }
        }
        return opened;
    }

    @Override
    public void close() {
        FileChannel opened = channel;
        if (opened != null) {
            closeQuietly(opened);
        }
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length, Path path) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        if (!ColumnChunkDecoder.readFully(channel, buffer, position)) {
            throw corrupt(path, "it ends before byte " + (position + length) + " (truncated)", null);
        }
        buffer.flip();
        return buffer;
    }

    private static MinisparkException corrupt(Path path, String detail, Throwable cause) {
        return new MinisparkException(ErrorCode.CORRUPT_FILE, "corrupt block file " + path + ": " + detail, cause);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing a read-only channel loses nothing.
        }
    }
}
