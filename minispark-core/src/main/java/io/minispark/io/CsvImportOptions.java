package io.minispark.io;

import io.minispark.io.block.BlockFileOptions;

/**
 * How {@link CsvImporter} writes: block sizes, rows per batch while converting, rows per part file,
 * and whether an existing table may be replaced.
 */
public record CsvImportOptions(BlockFileOptions blocks, int batchSize, long maxRowsPerPart, boolean replaceExisting) {
    public static final int DEFAULT_BATCH_SIZE = 8192;

    public static CsvImportOptions defaults() {
        return new CsvImportOptions(BlockFileOptions.defaults(), DEFAULT_BATCH_SIZE, Long.MAX_VALUE, false);
    }

    public CsvImportOptions withBlocks(BlockFileOptions options) {
        return new CsvImportOptions(options, batchSize, maxRowsPerPart, replaceExisting);
    }

    public CsvImportOptions withReplaceExisting(boolean replace) {
        return new CsvImportOptions(blocks, batchSize, maxRowsPerPart, replace);
    }
}
