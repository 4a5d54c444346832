package io.minispark.e2e;

import io.minispark.io.CsvImportOptions;
import io.minispark.io.CsvImporter;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.io.csv.CsvSchemaInference;
import io.minispark.types.Schema;
import io.minispark.io.SchemaDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the tables the end-to-end tests query into a data folder, and loads the same data into
 * DuckDB. Besides the sample users and orders:
 * <ul>
 *   <li>{@code people}: NULLs in every column, quotes, commas and non-ASCII text, dates and timestamps;
 *   <li>{@code visits}: joins with {@code people} on {@code person_id}, including a key with no person
 *       and a NULL key;
 *   <li>{@code empty}: a header and no rows; {@code all_null}: a column that is NULL on every row
 *       (both read with declared schemas, since there is nothing to infer from);
 *   <li>{@code numbers}: 300 generated rows;
 *   <li>native copies {@code people_blocks} and {@code numbers_blocks}, written with tiny blocks so
 *       that a scan is split into many jobs.
 * </ul>
 */
final class TestTables {
    static final String EMPTY_SCHEMA = "id INT, name STRING";
    static final String ALL_NULL_SCHEMA = "k INT, v INT";
    static final int NUMBERS_ROWS = 300;
    static final int PEOPLE_ROWS_PER_BLOCK = 2;
    static final int NUMBERS_ROWS_PER_BLOCK = 16;

    static final String PEOPLE_CSV = """
            id,name,city,age,score,born,joined,active,note
            1,Alice,Paris,34,88.5,1990-04-12,2020-01-15 08:30:00,true,"likes ""quotes"", and commas"
            2,Bob,London,,72.25,1985-11-30,2019-06-01 12:00:00,false,plain
            3,Chloé,Paris,28,,1996-02-29,,true,Crème brûlée
            4,Dmitri,,45,91.0,,2021-03-03 09:15:00,,Привет мир
            5,Eve,Berlin,28,65.5,1999-12-31,2022-07-07 07:07:07,false,
            6,Finn,London,52,-12.75,1972-07-04,2018-02-02 02:02:02,true,"multi word, with comma"
            7,Grace,Paris,,100.0,2001-01-01,2023-05-05 05:05:05,false,日本語のテキスト
            8,,Berlin,39,55.0,1984-08-08,2017-09-09 09:09:09,true,"  padded  "
            """;

    static final String VISITS_CSV = """
            visit_id,person_id,page,seconds
            1,1,home,30
            2,1,cart,45
            3,2,home,12
            4,3,checkout,
            5,3,home,7
            6,99,home,3
            7,,search,20
            8,6,cart,60
            9,6,cart,61
            """;

    static final String EMPTY_CSV = "id,name\n";

    static final String ALL_NULL_CSV = "k,v\n1,\n2,\n1,\n";

    private TestTables() {
    }

    /** Writes every table into {@code dataDir} and loads each into {@code duckdb} under the same name. */
    static void create(Path dataDir, DuckDbOracle duckdb) {
        copySample(dataDir, "users", duckdb);
        copySample(dataDir, "orders", duckdb);
        Path people = write(dataDir.resolve("people.csv"), PEOPLE_CSV);
        duckdb.loadCsv("people", people, CsvSchemaInference.infer(people));
        Path visits = write(dataDir.resolve("visits.csv"), VISITS_CSV);
        duckdb.loadCsv("visits", visits, CsvSchemaInference.infer(visits));
        Path empty = write(dataDir.resolve("empty.csv"), EMPTY_CSV);
        duckdb.loadCsv("empty", empty, SchemaDeclaration.parse(EMPTY_SCHEMA));
        Path allNull = write(dataDir.resolve("all_null.csv"), ALL_NULL_CSV);
        duckdb.loadCsv("all_null", allNull, SchemaDeclaration.parse(ALL_NULL_SCHEMA));
        Path numbers = write(dataDir.resolve("numbers.csv"), numbersCsv());
        duckdb.loadCsv("numbers", numbers, CsvSchemaInference.infer(numbers));
        importNative(people, dataDir.resolve("people_blocks"), PEOPLE_ROWS_PER_BLOCK);
        importNative(numbers, dataDir.resolve("numbers_blocks"), NUMBERS_ROWS_PER_BLOCK);
    }

    /**
     * n from 1 to 300; grp cycles through 7 names; val is NULL on every 11th row and negative on
     * every 4th; big needs BIGINT; day walks through 2024 (a leap year) and into 2025.
     */
    static String numbersCsv() {
        StringBuilder out = new StringBuilder("n,grp,val,big,day\n");
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int n = 1; n <= NUMBERS_ROWS; n++) {
            String val = n % 11 == 0 ? "" : Double.toString((n % 4 == 0 ? -1 : 1) * n * 1.25);
            out.append(n).append(",g").append(n % 7).append(',').append(val).append(',')
                    .append(n * 10_000_000_000L).append(',').append(start.plusDays(n * 2L)).append('\n');
        }
        return out.toString();
    }

    private static void copySample(Path dataDir, String name, DuckDbOracle duckdb) {
        try {
            Path target = Files.copy(Path.of("../data/sample", name + ".csv"), dataDir.resolve(name + ".csv"));
            duckdb.loadCsv(name, target, CsvSchemaInference.infer(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void importNative(Path csv, Path table, int rowsPerBlock) {
        CsvImportOptions options = CsvImportOptions.defaults()
                .withBlocks(BlockFileOptions.defaults().withMaxRowsPerBlock(rowsPerBlock));
        CsvImporter.importCsv(csv, table, null, options);
    }

    static Schema schemaOf(String declaration) {
        return SchemaDeclaration.parse(declaration);
    }
}
