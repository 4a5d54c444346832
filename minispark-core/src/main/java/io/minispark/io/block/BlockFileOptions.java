package io.minispark.io.block;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;

/**
 * How large the blocks of a block file may grow. A block is written once it holds
 * {@code maxRowsPerBlock} rows or its encoded size reaches {@code maxBytesPerBlock}; the byte bound
 * keeps memory flat when rows carry huge strings. A single row larger than the byte bound still gets
 * a block of its own. {@code durable} files are forced to disk before {@code finish} returns (tables);
 * temporary files (shuffle and result files, deleted with their query) skip the costly fsync.
 */
public record BlockFileOptions(int maxRowsPerBlock, long maxBytesPerBlock, boolean durable) {
    public static final int DEFAULT_MAX_ROWS_PER_BLOCK = 65_536;
    public static final long DEFAULT_MAX_BYTES_PER_BLOCK = 8L << 20;

    public BlockFileOptions {
        if (maxRowsPerBlock <= 0 || maxBytesPerBlock <= 0) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                    "block size bounds must be positive, got " + maxRowsPerBlock + " rows and " + maxBytesPerBlock + " bytes");
        }
    }

    /** Durable options with the given bounds. */
    public BlockFileOptions(int maxRowsPerBlock, long maxBytesPerBlock) {
        this(maxRowsPerBlock, maxBytesPerBlock, true);
    }

    public static BlockFileOptions defaults() {
        return new BlockFileOptions(DEFAULT_MAX_ROWS_PER_BLOCK, DEFAULT_MAX_BYTES_PER_BLOCK, true);
    }

    /** Options for files that live only as long as their query. */
    public static BlockFileOptions temporary() {
        return defaults().withDurable(false);
    }

    public BlockFileOptions withDurable(boolean forceToDisk) {
        return new BlockFileOptions(maxRowsPerBlock, maxBytesPerBlock, forceToDisk);
    }

    public BlockFileOptions withMaxRowsPerBlock(int rows) {
        return new BlockFileOptions(rows, maxBytesPerBlock, durable);
    }

    public BlockFileOptions withMaxBytesPerBlock(long bytes) {
        return new BlockFileOptions(maxRowsPerBlock, bytes, durable);
    }
}
