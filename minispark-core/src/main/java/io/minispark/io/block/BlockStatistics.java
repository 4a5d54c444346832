package io.minispark.io.block;

import java.util.List;

/**
 * Statistics of one block: its row count and, for every column of the file's schema (by schema
 * position, whatever columns a scan selects), its null count and min/max. Scans hand these to a
 * block filter to skip blocks without reading them.
 */
public record BlockStatistics(long rowCount, List<ColumnStatistics> columns) {
    public BlockStatistics {
        columns = List.copyOf(columns);
    }

    public ColumnStatistics column(int index) {
        return columns.get(index);
    }
}
