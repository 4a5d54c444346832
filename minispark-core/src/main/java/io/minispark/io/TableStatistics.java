package io.minispark.io;

import io.minispark.io.block.BlockFileReader;
import io.minispark.io.block.DecodedBlockCache;
import io.minispark.io.block.BlockStatistics;
import io.minispark.io.block.ColumnStatistics;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the planner knows about a table's contents: its row count and, per column, the overall
 * min/max and NULL count. Native tables get exact figures from their block footers; CSV files an
 * estimated row count (file size over the average size of the first lines) and no column figures.
 * Cached per file, invalidated when the table's files change.
 */
public record TableStatistics(long rowCount, List<ColumnStatistics> columns) {
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(long fingerprint, TableStatistics statistics) {
    }

    /** Column figures, or null when unknown. */
    public ColumnStatistics column(int index) {
        return columns == null || index >= columns.size() ? null : columns.get(index);
    }

    public static TableStatistics of(TableRef table) {
        long fingerprint = fingerprint(table);
        Cached cached = CACHE.get(table.path());
        if (cached != null && cached.fingerprint() == fingerprint) {
            return cached.statistics();
        }
        TableStatistics statistics = switch (table.format()) {
            case CSV -> new TableStatistics(estimateCsvRows(Path.of(table.path())), null);
            case NATIVE -> fromFooters(table);
        };
        CACHE.put(table.path(), new Cached(fingerprint, statistics));
        return statistics;
    }

    private static TableStatistics fromFooters(TableRef table) {
        int columnCount = table.schema().size();
        long rows = 0;
        long[] nulls = new long[columnCount];
        Object[] min = new Object[columnCount];
        Object[] max = new Object[columnCount];
        boolean[] unknown = new boolean[columnCount];
        for (Path part : NativeTables.partFiles(Path.of(table.path()))) {
            try (BlockFileReader reader = BlockFileReader.openCached(part, DecodedBlockCache.shared())) {
                for (int b = 0; b < reader.blockCount(); b++) {
                    BlockStatistics block = reader.blockStatistics(b);
                    rows += block.rowCount();
                    for (int c = 0; c < columnCount; c++) {
                        ColumnStatistics s = block.column(c);
                        nulls[c] += s.nullCount();
                        if (s.nullCount() == block.rowCount()) {
                            continue;
                        }
                        if (s.min() == null || s.max() == null) {
                            unknown[c] = true;
                            continue;
                        }
                        min[c] = min[c] == null || compare(s.min(), min[c]) < 0 ? s.min() : min[c];
                        max[c] = max[c] == null || compare(s.max(), max[c]) > 0 ? s.max() : max[c];
                    }
                }
            }
        }
        List<ColumnStatistics> columns = new ArrayList<>(columnCount);
        for (int c = 0; c < columnCount; c++) {
            columns.add(unknown[c] ? new ColumnStatistics(nulls[c], null, null) : new ColumnStatistics(nulls[c], min[c], max[c]));
        }
        return new TableStatistics(rows, columns);
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b) {
        return ((Comparable<Object>) a).compareTo(b);
    }

    private static long estimateCsvRows(Path file) {
        try {
            long size = Files.size(file);
            long sampled = 0;
            int lines = 0;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                reader.readLine();
                String line;
                while (lines < 1000 && (line = reader.readLine()) != null) {
                    sampled += line.length() + 1;
                    lines++;
                }
            }
            if (lines == 0) {
                return 0;
            }
            return lines < 1000 ? lines : Math.max(lines, size * lines / Math.max(1, sampled));
        } catch (IOException e) {
            return 1000;
        }
    }

    private static long fingerprint(TableRef table) {
        Path path = Path.of(table.path());
        try {
            if (Files.isDirectory(path)) {
                long hash = 17;
                for (Path part : NativeTables.partFiles(path)) {
                    BasicFileAttributes attributes = Files.readAttributes(part, BasicFileAttributes.class);
                    hash = hash * 31 + attributes.size() * 7 + attributes.lastModifiedTime().toMillis();
                }
                return hash;
            }
            return Files.size(path) * 31 + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
