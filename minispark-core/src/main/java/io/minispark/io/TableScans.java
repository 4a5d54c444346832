package io.minispark.io;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.block.BlockFileReader;
import io.minispark.io.block.BlockRangeReader;
import io.minispark.io.block.DecodedBlockCache;
import io.minispark.io.block.BlockStatistics;
import io.minispark.io.csv.CsvBatchReader;
import io.minispark.types.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits tables into units of scan work and opens readers over them. A native table yields one split
 * per range of at most {@code maxBlocksPerSplit} blocks of each part file; a CSV file is one split.
 */
public final class TableScans {
    private TableScans() {
    }

    /** A part file of a native table and how many blocks it holds. */
    public record PartBlocks(String path, int blocks) {
    }

    /** The splits of a table, in file and block order. An empty native table has no splits. */
    public static List<ScanSplit> splits(TableRef table, int maxBlocksPerSplit) {
        return switch (table.format()) {
            case CSV -> {
                checkBlocksPerSplit(maxBlocksPerSplit);
                yield List.of(new ScanSplit(table.path(), 0, 1));
            }
            case NATIVE -> splits(partBlocks(table), maxBlocksPerSplit);
        };
    }

    /** The part files of a native table, in order, with their block counts (from their cached footers). */
    public static List<PartBlocks> partBlocks(TableRef table) {
        if (table.format() != TableFormat.NATIVE) {
            throw new IllegalArgumentException("table " + table.name() + " is not a native table");
        }
        List<PartBlocks> parts = new ArrayList<>();
        for (Path part : NativeTables.partFiles(Path.of(table.path()))) {
            try (BlockFileReader reader = BlockFileReader.openCached(part, DecodedBlockCache.shared())) {
                parts.add(new PartBlocks(part.toString(), reader.blockCount()));
            }
        }
        return parts;
    }

    /** Splits of at most {@code maxBlocksPerSplit} consecutive blocks of each part file, in order. */
    public static List<ScanSplit> splits(List<PartBlocks> parts, int maxBlocksPerSplit) {
        checkBlocksPerSplit(maxBlocksPerSplit);
        List<ScanSplit> splits = new ArrayList<>();
        for (PartBlocks part : parts) {
            for (int first = 0; first < part.blocks(); first += maxBlocksPerSplit) {
                splits.add(new ScanSplit(part.path(), first, Math.min(part.blocks(), first + maxBlocksPerSplit)));
            }
        }
        return splits;
    }

    private static void checkBlocksPerSplit(int maxBlocksPerSplit) {
        if (maxBlocksPerSplit <= 0) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "blocks per split must be positive, got " + maxBlocksPerSplit);
        }
    }

    /**
     * Opens a reader over one split producing the given columns (positions in the table schema, in
     * output order) in batches of at most {@code batchSize} rows. Native blocks for which
     * {@code keepBlock} returns false are skipped unread; CSV files have no statistics, so the filter
     * is not consulted for them. A null filter keeps every block.
     */
    public static BatchReader open(TableRef table, ScanSplit split, int[] columns, Predicate<BlockStatistics> keepBlock,
            int batchSize) {
        checkColumns(table, columns);
        return switch (table.format()) {
            case CSV -> CsvBatchReader.open(Path.of(split.path()), table.schema(), columns, batchSize);
            case NATIVE -> {
                BlockFileReader reader = BlockFileReader.openCached(Path.of(split.path()), DecodedBlockCache.shared());
                try {
                    checkSchema(table, reader);
                    if (split.endBlock() > reader.blockCount()) {
                        throw new MinisparkException(ErrorCode.CORRUPT_FILE, "split " + split + " asks for blocks beyond the "
                                + reader.blockCount() + " of " + split.path() + " (was the table rewritten?)");
                    }
                    yield new BlockRangeReader(reader, true, split.firstBlock(), split.endBlock(), columns, keepBlock, batchSize);
                } catch (RuntimeException e) {
                    reader.close();
                    throw e;
                }
            }
        };
    }

    private static void checkColumns(TableRef table, int[] columns) {
        for (int column : columns) {
            if (column < 0 || column >= table.schema().size()) {
                throw new MinisparkException(ErrorCode.INTERNAL, "column " + column + " does not exist in table " + table.name()
                        + " of " + table.schema().size() + " columns");
            }
        }
    }

    /**
     * Part files must agree with the table's schema in column count and types, and hold no NULLs where
     * the table (as the query was planned) declares NOT NULL: compiled scans rely on that.
     */
    private static void checkSchema(TableRef table, BlockFileReader reader) {
        Schema expected = table.schema();
        Schema actual = reader.schema();
        if (!expected.types().equals(actual.types())) {
            throw new MinisparkException(ErrorCode.CORRUPT_FILE, "part file " + reader.path() + " has columns " + actual
                    + " but table " + table.name() + " has " + expected);
        }
        for (int c = 0; c < expected.size(); c++) {
            if (!expected.field(c).nullable() && actual.field(c).nullable()) {
                throw new MinisparkException(ErrorCode.CORRUPT_FILE, "part file " + reader.path() + " allows NULL in column \""
                        + actual.field(c).name() + "\", which table " + table.name() + " declares NOT NULL (as the query was"
                        + " planned): the part file does not belong to the table, or the table changed since; run the query again");
            }
        }
    }
}
