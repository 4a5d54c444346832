package io.minispark.io.block;

import java.nio.charset.StandardCharsets;

/** The fixed parts of the block file format: magic bytes, version and trailer size. */
final class BlockFileLayout {
    /** Starts and ends every block file; the trailing copy tells a complete file from a truncated one. */
    static final byte[] MAGIC = "MSBLOCK1".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 1;
    /** Footer length (int), footer CRC32C (int) and the closing magic. */
    static final int TRAILER_SIZE = 4 + 4 + MAGIC.length;

    private BlockFileLayout() {
    }

    static int nullBitmapBytes(int rows) {
        return (rows + 7) >>> 3;
    }
}
