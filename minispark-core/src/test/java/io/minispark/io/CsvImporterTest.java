package io.minispark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.io.block.BlockFileReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImporterTest {
    @TempDir
    Path temp;

    private Path writeCsv(int rows, int badRow) throws IOException {
        Path csv = temp.resolve("sales.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("id,region,amount,day\n");
            for (int i = 0; i < rows; i++) {
                String amount = i == badRow ? "twelve" : (i % 10 == 0 ? "" : String.valueOf(i * 0.25));
                out.write(i + "," + (i % 2 == 0 ? "\"north, upper\"" : "south") + "," + amount + ",2024-01-" + (1 + i % 28 < 10 ? "0" : "")
                        + (1 + i % 28) + "\n");
            }
        }
        return csv;
    }

    private static List<List<Object>> readTable(TableRef table) {
        int[] columns = new int[table.schema().size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = i;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ScanSplit split : TableScans.splits(table, 3)) {
            rows.addAll(Rows.readAll(TableScans.open(table, split, columns, null, 500), 500));
        }
        return rows;
    }

    @Test
    void importedRowsEqualTheCsvRows() throws IOException {
        Path csv = writeCsv(5000, -1);
        Path target = temp.resolve("sales");
        CsvImportOptions options = CsvImportOptions.defaults().withBlocks(new BlockFileOptions(1000, 1 << 20));
        assertThat(CsvImporter.importCsv(csv, target, null, options)).isEqualTo(5000);
        DataDirectory data = new DataDirectory(temp);
        TableRef imported = data.resolve(target.toString());
        TableRef original = data.resolve("sales.csv");
        assertThat(imported.format()).isEqualTo(TableFormat.NATIVE);
        assertThat(imported.schema()).isEqualTo(original.schema());
        assertThat(imported.schema()).isEqualTo(SchemaDeclaration.parse("id INT, region STRING, amount DOUBLE, day DATE"));
        assertThat(readTable(imported)).isEqualTo(readTable(original));
        try (BlockFileReader reader = BlockFileReader.open(NativeTables.partFiles(target).getFirst())) {
            assertThat(reader.blockCount()).isEqualTo(5);
        }
    }

    @Test
    void aDeclaredSchemaReplacesInference() throws IOException {
        Path csv = writeCsv(10, -1);
        Path target = temp.resolve("typed");
        CsvImporter.importCsv(csv, target, SchemaDeclaration.parse("sale BIGINT, area STRING, amount STRING, day STRING"),
                CsvImportOptions.defaults());
        TableRef table = new DataDirectory(temp).resolve("typed");
        assertThat(table.schema().names()).containsExactly("sale", "area", "amount", "day");
        assertThat(readTable(table).get(1)).containsExactly(1L, "south", "0.25", "2024-01-02");
    }

    @Test
    void aFailureHalfwayLeavesNoTableBehind() throws IOException {
        Path csv = writeCsv(50_000, 40_000);
        Path target = temp.resolve("sales");
        // Inference samples only the first 10,000 rows, so the bad value surfaces while blocks are being written.
        CsvImportOptions options = CsvImportOptions.defaults().withBlocks(new BlockFileOptions(1000, 1 << 20));
        assertThatThrownBy(() -> CsvImporter.importCsv(csv, target, null, options))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_CSV))
                .hasMessageContainingAll("line 40002", "\"amount\"", "\"twelve\"");
        assertThat(target).doesNotExist();
        try (Stream<Path> entries = Files.list(temp)) {
            assertThat(entries.map(path -> path.getFileName().toString())).containsExactly("sales.csv");
        }
    }

    @Test
    void aMissingCsvIsFileNotFoundAndCreatesNothing() throws IOException {
        Path missing = temp.resolve("nope.csv");
        assertThatThrownBy(() -> CsvImporter.importCsv(missing, temp.resolve("nope"), SchemaDeclaration.parse("a INT"),
                CsvImportOptions.defaults()))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_NOT_FOUND));
        try (Stream<Path> entries = Files.list(temp)) {
            assertThat(entries).isEmpty();
        }
    }
}
