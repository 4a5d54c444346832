package io.minispark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.block.BlockFileOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableScansTest {
    @TempDir
    Path temp;

    private TableRef nativeTable(int rows, int rowsPerBlock, long rowsPerPart) {
        try (NativeTableWriter writer = new NativeTableWriter(temp.resolve("numbers"), NativeTableWriterTest.NUMBERS,
                new BlockFileOptions(rowsPerBlock, 1 << 20), rowsPerPart, false)) {
            for (int from = 0; from < rows; from += 333) {
                writer.write(NativeTableWriterTest.numbers(from, Math.min(333, rows - from)));
            }
            writer.commit();
        }
        return new DataDirectory(temp).resolve("numbers");
    }

    @Test
    void nativeSplitsCoverEveryBlockOfEveryPartOnce() {
        // Two parts of 1000 rows, blocks of 100: ten blocks each, in splits of at most four.
        TableRef table = nativeTable(2000, 100, 1000);
        List<ScanSplit> splits = TableScans.splits(table, 4);
        assertThat(splits).extracting(ScanSplit::blockCount).containsExactly(4, 4, 2, 4, 4, 2);
        assertThat(splits.get(2)).isEqualTo(new ScanSplit(temp.resolve("numbers/part-00000.msb").toAbsolutePath().toString(), 8, 10));
        List<List<Object>> rows = new ArrayList<>();
        for (ScanSplit split : splits) {
            rows.addAll(Rows.readAll(TableScans.open(table, split, new int[] {0}, null, 64), 64));
        }
        List<List<Object>> expected = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            expected.add(Rows.row(i));
        }
        assertThat(rows).isEqualTo(expected);
    }

    @Test
    void blocksRejectedByTheirStatisticsAreSkippedAndCounted() {
        TableRef table = nativeTable(1000, 100, Long.MAX_VALUE);
        ScanSplit split = TableScans.splits(table, 100).getFirst();
        try (BatchReader reader = TableScans.open(table, split, new int[] {0},
                statistics -> (Integer) statistics.column(0).min() < 250, 1000)) {
            int rows = 0;
            for (var batch = reader.next(); batch != null; batch = reader.next()) {
                rows += batch.rowCount();
            }
            assertThat(rows).isEqualTo(300);
            assertThat(reader.rowsRead()).isEqualTo(300);
            assertThat(reader.blocksRead()).isEqualTo(3);
            assertThat(reader.blocksSkipped()).isEqualTo(7);
            assertThat(reader.bytesRead()).isEqualTo(3 * 100 * 4);
        }
    }

    @Test
    void aCsvTableIsOneSplitReadThroughTheCsvReader() throws IOException {
        Files.writeString(temp.resolve("people.csv"), "name,age\nann,31\nbob,\n");
        TableRef table = new DataDirectory(temp).resolve("people");
        List<ScanSplit> splits = TableScans.splits(table, 8);
        assertThat(splits).containsExactly(new ScanSplit(table.path(), 0, 1));
        assertThat(Rows.readAll(TableScans.open(table, splits.getFirst(), new int[] {1, 0}, statistics -> false, 1), 1))
                .containsExactly(Rows.row(31, "ann"), Rows.row(null, "bob"));
    }

    @Test
    void aPartFileWithADifferentSchemaIsCorrupt() {
        TableRef table = nativeTable(10, 100, Long.MAX_VALUE);
        TableRef wrong = new TableRef(table.name(), table.path(), table.format(), SchemaDeclaration.parse("n STRING"));
        ScanSplit split = TableScans.splits(table, 1).getFirst();
        assertThatThrownBy(() -> TableScans.open(wrong, split, new int[] {0}, null, 10))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE));
    }
}
