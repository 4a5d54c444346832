package io.minispark.tpch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.api.Session;
import io.minispark.errors.MinisparkException;
import io.minispark.io.NativeTables;
import io.minispark.result.Row;
import io.minispark.types.DataType;
import io.trino.tpch.TpchEntity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TPC-H generator: row counts, exact values against dbgen's own text, formats, parts, atomicity. */
class TpchGeneratorTest {
    @TempDir
    static Path dir;

    private static final Map<String, Long> ROWS_AT_SF_001 = new LinkedHashMap<>();

    static {
        ROWS_AT_SF_001.put("region", 5L);
        ROWS_AT_SF_001.put("nation", 25L);
        ROWS_AT_SF_001.put("supplier", 100L);
        ROWS_AT_SF_001.put("customer", 1_500L);
        ROWS_AT_SF_001.put("part", 2_000L);
        ROWS_AT_SF_001.put("partsupp", 8_000L);
        ROWS_AT_SF_001.put("orders", 15_000L);
        ROWS_AT_SF_001.put("lineitem", 60_175L);
    }

    private static List<TpchGenerator.TableResult> results;

    @BeforeAll
    static void generate() {
        results = new ArrayList<>();
        new TpchGenerator(0.01, 2).generate(dir, EnumSet.allOf(TpchGenerator.Format.class), results::add);
    }

    @Test
    void reportsEveryTableWithTheStandardRowCounts() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (TpchGenerator.TableResult result : results) {
            rows.put(result.table(), result.rows());
            assertThat(result.bytes()).as(result.table()).isPositive();
        }
        assertThat(rows).containsExactlyEntriesOf(ROWS_AT_SF_001);
    }

    @Test
    void nativeTablesHoldTheRowsWithTheDeclaredTypes() {
        try (Session session = Session.builder().dataDir(dir).build()) {
            for (Map.Entry<String, Long> table : ROWS_AT_SF_001.entrySet()) {
                assertThat(NativeTables.isNativeTable(dir.resolve(table.getKey()))).isTrue();
                assertThat(session.table(table.getKey()).count()).as(table.getKey()).isEqualTo(table.getValue());
            }
            assertThat(NativeTables.readSchema(dir.resolve("lineitem")).types()).containsExactly(
                    DataType.BIGINT, DataType.INT, DataType.INT, DataType.INT,
                    DataType.decimal(15, 2), DataType.decimal(15, 2), DataType.decimal(15, 2), DataType.decimal(15, 2),
                    DataType.STRING, DataType.STRING, DataType.DATE, DataType.DATE, DataType.DATE,
                    DataType.STRING, DataType.STRING, DataType.STRING);
        }
    }

    @Test
    void csvFieldsEqualDbgensOwnTextForEveryRowOfEveryTable() throws IOException {
        // dbgen's toLine() is the reference text; decimals compare as numbers (it prints quantity 17, we 17.00).
        for (TpchTables.Table<?> table : TpchTables.ALL) {
            compareWithDbgen(table, dir.resolve(table.name() + ".csv"));
        }
    }

    private static <E extends TpchEntity> void compareWithDbgen(TpchTables.Table<E> table, Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", table.schema().names()));
        Iterator<E> rows = table.generator().createGenerator(0.01, 1, 1).iterator();
        int lineNumber = 1;
        while (rows.hasNext()) {
            String[] expected = rows.next().toLine().split("\\|", -1);
            List<String> actual = parseCsvLine(lines.get(lineNumber));
            for (int c = 0; c < table.columns().size(); c++) {
                DataType type = table.columns().get(c).type();
                String where = table.name() + " line " + lineNumber + " column " + table.columns().get(c).name();
                if (type.isDecimal()) {
                    assertThat(actual.get(c)).as(where).matches("-?\\d+\\.\\d\\d");
                    assertThat(new BigDecimal(actual.get(c))).as(where).isEqualByComparingTo(new BigDecimal(expected[c]));
                } else {
                    assertThat(actual.get(c)).as(where).isEqualTo(expected[c]);
                }
            }
            lineNumber++;
        }
        assertThat(lines).hasSize(lineNumber);
    }

    /** A minimal RFC 4180 field splitter for one line without embedded line breaks. */
    private static List<String> parseCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @Test
    void moneyIsExactInNativeTables() {
        // Summed as DECIMAL the total is exact; the same figure from the CSV text proves no double crept in.
        BigDecimal fromCsv = BigDecimal.ZERO;
        try {
            List<String> lines = Files.readAllLines(dir.resolve("lineitem.csv"));
            for (String line : lines.subList(1, lines.size())) {
                fromCsv = fromCsv.add(new BigDecimal(parseCsvLine(line).get(5)));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        try (Session session = Session.builder().dataDir(dir).build()) {
            Row row = session.sql("select sum(l_extendedprice), sum(l_discount), sum(l_quantity) from lineitem").collect().get(0);
            assertThat((BigDecimal) row.get(0)).isEqualByComparingTo(fromCsv);
            assertThat(((BigDecimal) row.get(0)).scale()).isEqualTo(2);
        }
    }

    @Test
    void partsWrittenInParallelReadAsOneTableInGenerationOrder(@TempDir Path parts) throws IOException {
        // Parts of 1,000 rows: lineitem comes in 60 parts over 3 threads, yet the CSV is byte for byte the same.
        new TpchGenerator(0.01, 3, 1_000).generate(parts, EnumSet.allOf(TpchGenerator.Format.class), r -> { });
        for (String table : ROWS_AT_SF_001.keySet()) {
            assertThat(Files.mismatch(parts.resolve(table + ".csv"), dir.resolve(table + ".csv"))).as(table).isEqualTo(-1L);
        }
        try (Stream<Path> files = Files.list(parts.resolve("lineitem"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(NativeTables.PART_SUFFIX)).count()).isEqualTo(60);
        }
        try (Session session = Session.builder().dataDir(parts).build()) {
            List<Row> first = session.sql("select l_orderkey, l_linenumber from lineitem limit 3").collect();
            assertThat(first).extracting(r -> r.get(0)).containsExactly(1L, 1L, 1L);
            assertThat(session.table("lineitem").count()).isEqualTo(60_175L);
        }
    }

    @Test
    void regeneratingReplacesTablesAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path again) throws IOException {
        TpchGenerator generator = new TpchGenerator(0.01, 2);
        generator.generate(again, EnumSet.of(TpchGenerator.Format.CSV), r -> { });
        byte[] before = Files.readAllBytes(again.resolve("orders.csv"));
        generator.generate(again, EnumSet.allOf(TpchGenerator.Format.class), r -> { });
        generator.generate(again, EnumSet.of(TpchGenerator.Format.NATIVE), r -> { });
        assertThat(Files.readAllBytes(again.resolve("orders.csv"))).isEqualTo(before);
        try (Stream<Path> entries = Files.list(again)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))).isEmpty();
        }
    }

    @Test
    void theMarkerTellsWhichScaleAndFormatsADirectoryHolds() {
        assertThat(new TpchGenerator(0.01, 1).isGenerated(dir, EnumSet.allOf(TpchGenerator.Format.class))).isTrue();
        assertThat(new TpchGenerator(0.1, 1).isGenerated(dir, EnumSet.of(TpchGenerator.Format.NATIVE))).isFalse();
        assertThat(TpchGenerator.generatedScaleFactor(dir)).isEqualTo(0.01);
        assertThat(new TpchGenerator(0.01, 1).isGenerated(dir.resolve("nowhere"), EnumSet.of(TpchGenerator.Format.CSV))).isFalse();
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new TpchGenerator(0, 1)).isInstanceOf(MinisparkException.class).hasMessageContaining("scale factor");
        assertThatThrownBy(() -> new TpchGenerator(1, 0)).isInstanceOf(MinisparkException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> TpchGenerator.Format.parse("parquet")).isInstanceOf(MinisparkException.class)
                .hasMessageContaining("native, csv or both");
        assertThat(TpchGenerator.Format.parse("both")).containsExactly(TpchGenerator.Format.NATIVE, TpchGenerator.Format.CSV);
    }
}
