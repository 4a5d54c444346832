package io.minispark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.io.block.BlockFileWriter;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.IntVector;
import io.minispark.vector.Vector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeTableWriterTest {
    @TempDir
    Path temp;

    static final Schema NUMBERS = SchemaDeclaration.parse("n INT");

    static Batch numbers(int from, int count) {
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = from + i;
        }
        return new Batch(new Vector[] {new IntVector(io.minispark.types.DataType.INT, values, null)}, count);
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> list = Files.list(temp)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void nothingIsVisibleBeforeCommitAndEverythingAfter() throws IOException {
        Path table = temp.resolve("numbers");
        try (NativeTableWriter writer = new NativeTableWriter(table, NUMBERS, BlockFileOptions.defaults(), 250, false)) {
            writer.write(numbers(0, 600));
            assertThat(table).doesNotExist();
            assertThat(new DataDirectory(temp).listTables()).isEmpty();
            NativeTableSummary summary = writer.commit();
            assertThat(summary.rowCount()).isEqualTo(600);
            assertThat(summary.partCount()).isEqualTo(3);
        }
        assertThat(entries()).containsExactly("numbers");
        assertThat(NativeTables.partFiles(table)).extracting(path -> path.getFileName().toString())
                .containsExactly("part-00000.msb", "part-00001.msb", "part-00002.msb");
        TableRef ref = new DataDirectory(temp).resolve("numbers");
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (ScanSplit split : TableScans.splits(ref, 10)) {
            rows.addAll(Rows.readAll(TableScans.open(ref, split, new int[] {0}, null, 100), 100));
        }
        assertThat(rows).hasSize(600).first().isEqualTo(Rows.row(0));
        assertThat(rows.get(599)).isEqualTo(Rows.row(599));
    }

    @Test
    void closingWithoutCommitLeavesNoTrace() throws IOException {
        try (NativeTableWriter writer = new NativeTableWriter(temp.resolve("numbers"), NUMBERS)) {
            writer.write(numbers(0, 100_000));
        }
        assertThat(entries()).isEmpty();
    }

    @Test
    void anEmptyTableIsStillAValidTable() {
        try (NativeTableWriter writer = new NativeTableWriter(temp.resolve("nothing"), NUMBERS)) {
            assertThat(writer.commit().rowCount()).isZero();
        }
        TableRef ref = new DataDirectory(temp).resolve("nothing");
        assertThat(ref.schema()).isEqualTo(NUMBERS);
        assertThat(TableScans.splits(ref, 4)).isEmpty();
    }

    @Test
    void anExistingTableIsNotReplacedUnlessAsked() {
        Path table = temp.resolve("numbers");
        try (NativeTableWriter writer = new NativeTableWriter(table, NUMBERS)) {
            writer.write(numbers(0, 5));
            writer.commit();
        }
        assertThatThrownBy(() -> new NativeTableWriter(table, NUMBERS))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        try (NativeTableWriter writer = new NativeTableWriter(table, NUMBERS, BlockFileOptions.defaults(), Long.MAX_VALUE, true)) {
            writer.write(numbers(0, 9));
            writer.commit();
        }
        TableRef ref = new DataDirectory(temp).resolve("numbers");
        assertThat(Rows.readAll(TableScans.open(ref, TableScans.splits(ref, 1).getFirst(), new int[] {0}, null, 100), 100)).hasSize(9);
    }

    @Test
    void partsWrittenInParallelAllLandInTheTable() throws Exception {
        Path table = temp.resolve("parallel");
        try (NativeTableWriter writer = new NativeTableWriter(table, NUMBERS)) {
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                int from = t * 1000;
                BlockFileWriter part = writer.newPart();
                threads[t] = Thread.ofPlatform().start(() -> part.write(numbers(from, 1000)));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(writer.commit().rowCount()).isEqualTo(4000);
        }
        assertThat(NativeTables.partFiles(table)).hasSize(4);
    }
}
