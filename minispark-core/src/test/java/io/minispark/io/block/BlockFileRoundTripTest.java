package io.minispark.io.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.io.Rows;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockFileRoundTripTest {
    static final Schema ALL_TYPES = Schema.of(
            new Field("flag", DataType.BOOLEAN),
            new Field("small", DataType.INT),
            new Field("big", DataType.BIGINT),
            new Field("ratio", DataType.DOUBLE),
            new Field("name", DataType.STRING),
            new Field("day", DataType.DATE),
            new Field("moment", DataType.TIMESTAMP));

    @TempDir
    Path temp;

    /** Row i of a deterministic table of every type; every seventh value of each column is NULL. */
    static Batch allTypes(int from, int count) {
        boolean[] flags = new boolean[count];
        int[] smalls = new int[count];
        long[] bigs = new long[count];
        double[] ratios = new double[count];
        StringVector.Builder names = new StringVector.Builder(count);
        int[] days = new int[count];
        long[] moments = new long[count];
        boolean[][] nulls = new boolean[7][count];
        for (int i = 0; i < count; i++) {
            int row = from + i;
            flags[i] = row % 3 == 0;
            smalls[i] = row * 7 - 1000;
            bigs[i] = (long) row * 1_000_000_007L;
            ratios[i] = row / 4.0 - 3;
            days[i] = row - 500;
            moments[i] = row * 86_400_000_123L;
            for (int c = 0; c < 7; c++) {
                nulls[c][i] = (row + c) % 7 == 0;
            }
            if (nulls[4][i]) {
                names.appendNull();
            } else {
                names.append("name-" + row + (row % 5 == 0 ? "-é✓" : ""));
            }
        }
        return new Batch(new Vector[] {
            new BooleanVector(DataType.BOOLEAN, flags, nulls[0]),
            new IntVector(DataType.INT, smalls, nulls[1]),
            new LongVector(DataType.BIGINT, bigs, nulls[2]),
            new DoubleVector(DataType.DOUBLE, ratios, nulls[3]),
            names.build(),
            new IntVector(DataType.DATE, days, nulls[5]),
            new LongVector(DataType.TIMESTAMP, moments, nulls[6]),
        }, count);
    }

    static List<List<Object>> expectedRows(int from, int count) {
        return Rows.of(allTypes(from, count));
    }

    private Path write(Schema schema, BlockFileOptions options, Batch... batches) {
        Path file = temp.resolve("data.msb");
        try (BlockFileWriter writer = new BlockFileWriter(file, schema, options)) {
            for (Batch batch : batches) {
                writer.write(batch);
            }
        }
        return file;
    }

    private static List<List<Object>> readAll(Path file, int[] columns, int batchSize) {
        BlockFileReader reader = BlockFileReader.open(file);
        return Rows.readAll(new BlockRangeReader(reader, true, 0, reader.blockCount(), columns, null, batchSize), batchSize);
    }

    @Test
    void everyTypeWithNullsSurvivesARoundTrip() {
        Path file = write(ALL_TYPES, BlockFileOptions.defaults(), allTypes(0, 100), allTypes(100, 50));
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            assertThat(reader.schema()).isEqualTo(ALL_TYPES);
            assertThat(reader.blockCount()).isEqualTo(1);
            assertThat(reader.rowCount()).isEqualTo(150);
            Batch batch = reader.readBlock(0);
            assertThat(Rows.of(batch)).isEqualTo(expectedRows(0, 150));
            assertThat(batch.column(5).getObject(1)).isEqualTo(LocalDate.of(1970, 1, 1).plusDays(-499));
            assertThat(batch.column(6).getObject(2)).isInstanceOf(LocalDateTime.class);
            assertThat(batch.column(1).isNull(6)).isTrue();
            assertThat(batch.column(0).isNull(0)).isTrue();
        }
    }

    @Test
    void columnsWithoutNullsDecodeWithoutAMask() {
        Schema schema = Schema.of(new Field("n", DataType.INT));
        Path file = write(schema, BlockFileOptions.defaults(), new Batch(new Vector[] {new IntVector(DataType.INT, new int[] {3, 1, 2}, null)}, 3));
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            Batch batch = reader.readBlock(0);
            assertThat(batch.column(0).mayHaveNulls()).isFalse();
            assertThat(((IntVector) batch.column(0)).values()).containsExactly(3, 1, 2);
        }
    }

    @Test
    void anEmptyFileIsValidAndKeepsItsSchema() {
        Path file = write(ALL_TYPES, BlockFileOptions.defaults());
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            assertThat(reader.schema()).isEqualTo(ALL_TYPES);
            assertThat(reader.blockCount()).isZero();
            assertThat(reader.rowCount()).isZero();
        }
        assertThat(readAll(file, new int[] {0, 4}, 10)).isEmpty();
    }

    @Test
    void aBatchWithZeroRowsWritesNothing() {
        Path file = write(ALL_TYPES, BlockFileOptions.defaults(), allTypes(0, 0), allTypes(0, 2), allTypes(2, 0));
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            assertThat(reader.blockCount()).isEqualTo(1);
            assertThat(reader.rowCount()).isEqualTo(2);
        }
    }

    @Test
    void stringsLongerThan100KilobytesRoundTrip() {
        String huge = "x".repeat(150_000) + "✓" + "y".repeat(50_000);
        Schema schema = Schema.of(new Field("id", DataType.INT), new Field("text", DataType.STRING));
        Batch batch = new Batch(new Vector[] {
            new IntVector(DataType.INT, new int[] {1, 2, 3}, null), StringVector.of("short", huge, null)}, 3);
        Path file = write(schema, BlockFileOptions.defaults(), batch);
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            Batch back = reader.readBlock(0);
            assertThat(back.column(1).getObject(1)).isEqualTo(huge);
            assertThat(back.column(1).getObject(0)).isEqualTo("short");
            assertThat(back.column(1).isNull(2)).isTrue();
            ColumnStatistics statistics = reader.blockStatistics(0).column(1);
            assertThat(statistics.min()).isEqualTo("short");
            assertThat(statistics.max()).as("the maximum is over 64 bytes, so unknown").isNull();
        }
    }

    @Test
    void blocksAreFlushedEarlyWhenTheirBytesExceedTheBound() {
        Schema schema = Schema.of(new Field("text", DataType.STRING));
        StringVector.Builder builder = new StringVector.Builder(100);
        for (int i = 0; i < 100; i++) {
            builder.append(String.valueOf((char) ('a' + i % 26)).repeat(1000)); // 1004 encoded bytes with its offset
        }
        Batch batch = new Batch(new Vector[] {builder.build()}, 100);
        Path file = write(schema, new BlockFileOptions(1_000_000, 10 * 1004), batch);
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            assertThat(reader.blockCount()).isEqualTo(10);
            for (int b = 0; b < reader.blockCount(); b++) {
                assertThat(reader.blockRowCount(b)).isEqualTo(10);
            }
        }
        assertThat(readAll(file, new int[] {0}, 7)).isEqualTo(Rows.of(batch));
    }

    @Test
    void aRowBiggerThanTheByteBoundGetsABlockOfItsOwn() {
        Schema schema = Schema.of(new Field("text", DataType.STRING));
        Batch batch = new Batch(new Vector[] {StringVector.of("a", "b".repeat(5000), "c")}, 3);
        Path file = write(schema, new BlockFileOptions(100, 1000), batch);
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            assertThat(reader.blockCount()).isEqualTo(3);
        }
        assertThat(readAll(file, new int[] {0}, 100)).isEqualTo(Rows.of(batch));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 1024})
    void manyBlocksReadBackInOrderAtEveryBatchSize(int batchSize) {
        List<Batch> batches = new ArrayList<>();
        // Odd batch sizes so that batches straddle block boundaries.
        for (int from = 0; from < 1000; from += 37) {
            batches.add(allTypes(from, Math.min(37, 1000 - from)));
        }
        Path file = write(ALL_TYPES, new BlockFileOptions(100, 1 << 20), batches.toArray(Batch[]::new));
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            assertThat(reader.blockCount()).isEqualTo(10);
            assertThat(reader.blockRowCount(9)).isEqualTo(100);
        }
        assertThat(readAll(file, new int[] {0, 1, 2, 3, 4, 5, 6}, batchSize)).isEqualTo(expectedRows(0, 1000));
    }

    @Test
    void aPartialLastBlockIsWrittenOnFinish() {
        Path file = write(ALL_TYPES, new BlockFileOptions(64, 1 << 20), allTypes(0, 130));
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            assertThat(reader.blockCount()).isEqualTo(3);
            assertThat(reader.blockRowCount(2)).isEqualTo(2);
        }
    }

    @Test
    void selectedColumnsComeBackInTheRequestedOrder() {
        Path file = write(ALL_TYPES, new BlockFileOptions(40, 1 << 20), allTypes(0, 100));
        List<List<Object>> rows = readAll(file, new int[] {4, 1}, 1024);
        List<List<Object>> all = expectedRows(0, 100);
        assertThat(rows).hasSize(100);
        for (int r = 0; r < 100; r++) {
            assertThat(rows.get(r)).containsExactly(all.get(r).get(4), all.get(r).get(1));
        }
        assertThat(readAll(file, new int[0], 1024)).hasSize(100).allSatisfy(row -> assertThat(row).isEmpty());
    }

    @Test
    void readingFewerColumnsReadsFewerBytes() {
        Path file = write(ALL_TYPES, BlockFileOptions.defaults(), allTypes(0, 10_000));
        long oneColumn;
        long allColumns;
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            long before = reader.bytesRead();
            reader.readBlock(0, new int[] {1});
            oneColumn = reader.bytesRead() - before;
            before = reader.bytesRead();
            reader.readBlock(0);
            allColumns = reader.bytesRead() - before;
        }
        assertThat(oneColumn).isBetween(40_000L, 42_000L);
        assertThat(allColumns).isGreaterThan(5 * oneColumn);
    }

    @Test
    void statisticsHoldNullCountsAndBoundsInStorageForm() throws Exception {
        Path file = write(ALL_TYPES, new BlockFileOptions(70, 1 << 20), allTypes(0, 140));
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            BlockStatistics second = reader.blockStatistics(1);
            assertThat(second.rowCount()).isEqualTo(70);
            Batch rows = allTypes(70, 70);
            for (int c = 0; c < ALL_TYPES.size(); c++) {
                int nulls = 0;
                for (int r = 0; r < 70; r++) {
                    nulls += rows.column(c).isNull(r) ? 1 : 0;
                }
                assertThat(second.column(c).nullCount()).as("nulls of column %d", c).isEqualTo(nulls);
            }
            // Rows 70..139: rows 70 and 139 hold the extremes, except where (row + column) % 7 == 0 makes them NULL.
            assertThat(second.column(0).min()).isEqualTo(false);
            assertThat(second.column(0).max()).isEqualTo(true);
            assertThat(second.column(1).min()).isEqualTo(70 * 7 - 1000);
            assertThat(second.column(1).max()).isEqualTo(138 * 7 - 1000);
            assertThat(second.column(2).min()).isEqualTo(70L * 1_000_000_007L);
            assertThat(second.column(2).max()).isEqualTo(139L * 1_000_000_007L);
            assertThat(second.column(3).min()).isEqualTo(70 / 4.0 - 3);
            assertThat(second.column(3).max()).isEqualTo(139 / 4.0 - 3);
            assertThat(second.column(4).min()).isEqualTo("name-100-é✓");
            assertThat(second.column(4).max()).isEqualTo("name-99");
            assertThat(second.column(5).min()).isInstanceOf(Integer.class).isEqualTo(70 - 500);
            assertThat(second.column(6).max()).isInstanceOf(Long.class).isEqualTo(139 * 86_400_000_123L);
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void allNullColumnsAndNaNHaveNoBounds() {
        Schema schema = Schema.of(new Field("a", DataType.INT), new Field("b", DataType.DOUBLE));
        Batch batch = new Batch(new Vector[] {
            Vector.nulls(DataType.INT, 3), new DoubleVector(DataType.DOUBLE, new double[] {1, Double.NaN, 2}, null)}, 3);
        Path file = write(schema, BlockFileOptions.defaults(), batch);
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            BlockStatistics statistics = reader.blockStatistics(0);
            assertThat(statistics.column(0)).isEqualTo(new ColumnStatistics(3, null, null));
            assertThat(statistics.column(1)).isEqualTo(new ColumnStatistics(0, null, null));
            assertThat(Rows.of(reader.readBlock(0))).containsExactly(
                    Rows.row(null, 1.0), Rows.row(null, Double.NaN), Rows.row(null, 2.0));
        }
    }

    @Test
    void zeroBoundsAreWidenedToCoverBothSignedZeros() {
        Schema schema = Schema.of(new Field("d", DataType.DOUBLE));
        Batch batch = new Batch(new Vector[] {new DoubleVector(DataType.DOUBLE, new double[] {0.0, 0.0}, null)}, 2);
        Path file = write(schema, BlockFileOptions.defaults(), batch);
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            ColumnStatistics statistics = reader.blockStatistics(0).column(0);
            assertThat(Double.doubleToRawLongBits((Double) statistics.min())).isEqualTo(Double.doubleToRawLongBits(-0.0));
            assertThat(Double.doubleToRawLongBits((Double) statistics.max())).isEqualTo(Double.doubleToRawLongBits(0.0));
        }
    }

    @Test
    void blockFilterSkipsBlocksWithoutReadingThem() {
        Path file = write(ALL_TYPES, new BlockFileOptions(100, 1 << 20), allTypes(0, 1000));
        BlockFileReader reader = BlockFileReader.open(file);
        // Keep blocks that may hold small >= 5000 (rows >= 858): only the last two of ten.
        BlockRangeReader scan = new BlockRangeReader(reader, true, 0, reader.blockCount(), new int[] {1},
                statistics -> (Integer) statistics.column(1).max() >= 5000, 64);
        List<List<Object>> rows = new ArrayList<>();
        long footerBytes = reader.bytesRead();
        for (Batch batch = scan.next(); batch != null; batch = scan.next()) {
            rows.addAll(Rows.of(batch));
        }
        assertThat(rows).hasSize(200);
        assertThat(scan.blocksRead()).isEqualTo(2);
        assertThat(scan.blocksSkipped()).isEqualTo(8);
        assertThat(scan.rowsRead()).isEqualTo(200);
        assertThat(scan.bytesRead()).isEqualTo(reader.bytesRead() - footerBytes).isGreaterThan(0);
        scan.close();
    }

    @Test
    void aBlockRangeReadsOnlyItsBlocks() {
        Path file = write(ALL_TYPES, new BlockFileOptions(100, 1 << 20), allTypes(0, 1000));
        BlockFileReader reader = BlockFileReader.open(file);
        List<List<Object>> rows = Rows.readAll(new BlockRangeReader(reader, true, 3, 5, new int[] {1, 4}, null, 50), 50);
        List<List<Object>> expected = expectedRows(300, 200).stream().map(row -> Rows.row(row.get(1), row.get(4))).toList();
        assertThat(rows).isEqualTo(expected);
    }
}
