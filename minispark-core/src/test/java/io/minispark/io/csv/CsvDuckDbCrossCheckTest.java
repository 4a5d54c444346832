package io.minispark.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.io.Rows;
import io.minispark.io.SchemaDeclaration;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the same generated CSV with minispark and with DuckDB's read_csv and compares every value. */
class CsvDuckDbCrossCheckTest {
    @TempDir
    Path temp;

    private static final String[] WORDS = {"plain", "with, comma", "with \"quotes\"", "two\nlines", "ünïcödé", "  padded  "};

    private Path generate(int rows) {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("id,flag,amount,big,word,day,moment\n");
        for (int i = 0; i < rows; i++) {
            boolean nulls = random.nextInt(10) == 0;
            String word = WORDS[random.nextInt(WORDS.length)];
            csv.append(i).append(',')
                    .append(nulls ? "" : random.nextBoolean()).append(',')
                    .append(nulls ? "" : String.valueOf(Math.round(random.nextGaussian() * 1e6) / 100.0)).append(',')
                    .append(nulls ? "" : String.valueOf(random.nextLong())).append(',')
                    .append(nulls ? "" : "\"" + word.replace("\"", "\"\"") + "\"").append(',')
                    .append(nulls ? "" : String.format("%04d-%02d-%02d", 1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .append(',')
                    .append(nulls ? "" : String.format("2020-05-%02d %02d:%02d:%02d.%06d", 1 + random.nextInt(28), random.nextInt(24),
                            random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000)))
                    .append('\n');
        }
        return CsvTestFiles.write(temp, "generated.csv", csv.toString());
    }

    @Test
    void minisparkReadsWhatDuckDbReads() throws Exception {
        Path file = generate(3000);
        Schema schema = CsvSchemaInference.infer(file);
        assertThat(schema).isEqualTo(SchemaDeclaration.parse(
                "id INT, flag BOOLEAN, amount DOUBLE, big BIGINT, word STRING, day DATE, moment TIMESTAMP"));

        List<List<Object>> ours = new ArrayList<>();
        try (CsvBatchReader reader = CsvBatchReader.open(file, schema, new int[] {0, 1, 2, 3, 4, 5, 6}, 1000)) {
            for (Batch batch = reader.next(); batch != null; batch = reader.next()) {
                // Compare dates and timestamps in storage form, which DuckDB can compute exactly.
                for (int r = 0; r < batch.rowCount(); r++) {
                    List<Object> row = Rows.of(batch.slice(r, r + 1)).getFirst();
                    row.set(5, batch.column(5).isNull(r) ? null : ((IntVector) batch.column(5)).get(r));
                    row.set(6, batch.column(6).isNull(r) ? null : ((LongVector) batch.column(6)).get(r));
                    ours.add(row);
                }
            }
        }

        List<List<Object>> theirs = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT id, flag, amount, big, word, "
                        + "CAST(date_diff('day', DATE '1970-01-01', day) AS INTEGER), epoch_us(moment) FROM read_csv('"
                        + file + "', header = true, columns = {'id': 'INTEGER', 'flag': 'BOOLEAN', 'amount': 'DOUBLE', "
                        + "'big': 'BIGINT', 'word': 'VARCHAR', 'day': 'DATE', 'moment': 'TIMESTAMP'}) ORDER BY id")) {
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                row.add(result.getInt(1));
                row.add(nullable(result, result.getBoolean(2)));
                row.add(nullable(result, result.getDouble(3)));
                row.add(nullable(result, result.getLong(4)));
                row.add(result.getString(5));
                row.add(nullable(result, result.getInt(6)));
                row.add(nullable(result, result.getLong(7)));
                theirs.add(row);
            }
        }
        assertThat(ours).hasSize(3000).isEqualTo(theirs);
    }

    private static Object nullable(ResultSet result, Object value) throws java.sql.SQLException {
        return result.wasNull() ? null : value;
    }

    @Test
    void quotedAndUnquotedEmptyFieldsAreNullAsInDuckDb() throws Exception {
        Path file = CsvTestFiles.write(temp, "empties.csv", "id,text\n1,\"\"\n2,\n3,x\n");
        Schema schema = SchemaDeclaration.parse("id INT, text STRING");
        List<List<Object>> ours = Rows.readAll(CsvBatchReader.open(file, schema, new int[] {0, 1}, 10), 10);
        List<List<Object>> theirs = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT id, text FROM read_csv('" + file
                        + "', header = true, columns = {'id': 'INTEGER', 'text': 'VARCHAR'}) ORDER BY id")) {
            while (result.next()) {
                theirs.add(Rows.row(result.getInt(1), result.getString(2)));
            }
        }
        assertThat(ours).containsExactly(Rows.row(1, null), Rows.row(2, null), Rows.row(3, "x"));
        assertThat(ours).isEqualTo(theirs);
    }
}
