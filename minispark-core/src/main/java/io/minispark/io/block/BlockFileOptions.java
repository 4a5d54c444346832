package io.minispark.io.block;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;

/**
 * How large the blocks of a block file may grow. A block is written once it holds
 * {@code maxRowsPerBlock} rows or its encoded size reaches {@code maxBytesPerBlock}; the byte bound
 * keeps memory flat when rows carry huge strings. A single row larger than the byte bound still gets
 * a block of its own.
 */
public record BlockFileOptions(int maxRowsPerBlock, long maxBytesPerBlock) {
    public static final int DEFAULT_MAX_ROWS_PER_BLOCK = 65_536;
    public static final long DEFAULT_MAX_BYTES_PER_BLOCK = 8L << 20;

    public BlockFileOptions {
        if (maxRowsPerBlock <= 0 || maxBytesPerBlock <= 0) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                    "block size bounds must be positive, got " + maxRowsPerBlock + " rows and " + maxBytesPerBlock + " bytes");
        }
    }

    public static BlockFileOptions defaults() {
        return new BlockFileOptions(DEFAULT_MAX_ROWS_PER_BLOCK, DEFAULT_MAX_BYTES_PER_BLOCK);
    }

    public BlockFileOptions withMaxRowsPerBlock(int rows) {
        return new BlockFileOptions(rows, maxBytesPerBlock);
    }

    public BlockFileOptions withMaxBytesPerBlock(long bytes) {
        return new BlockFileOptions(maxRowsPerBlock, bytes);
    }
}
