package io.minispark.api;

import static io.minispark.api.functions.avg;
import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.max;
import static io.minispark.api.functions.min;
import static io.minispark.api.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.result.Row;
import io.minispark.types.DataType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SUM, AVG, MIN, MAX and grouping of DECIMAL columns read from a CSV with a declared schema, run end to
 * end (partial aggregation, shuffle, final aggregation) and compared with DuckDB over the same file.
 * Values must agree exactly. The one type difference: SUM(DECIMAL(p, s)) is DECIMAL(18, s) here and
 * DECIMAL(38, s) in DuckDB; the values are compared all the same.
 */
class DecimalAggregatesDuckDbTest {
    private static final String CSV = """
            k,a,b,c
            1,1234.50,1.500,999999999999999999
            2,-0.01,0.001,-999999999999999999
            1,,-9.999,0
            2,9999999999999.99,,7
            1,0.00,0.000,
            2,-2.50,2.345,12
            1,2.50,-0.005,-3
            2,0.05,0.125,1
            3,,,
            1,0.10,0.100,-5
            2,0.20,0.200,5
            """;
    private static final String SCHEMA = "k INT, a DECIMAL(15,2), b DECIMAL(4,3), c DECIMAL(18,0)";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void groupedAggregatesAgreeWithDuckDb(EngineKind engine) throws Exception {
        Path csv = temp.resolve("t.csv");
        Files.writeString(csv, CSV);
        String sql = "SELECT k, sum(a), sum(b), sum(c), avg(a), avg(b), min(a), max(b), count(a)"
                + " FROM read_csv('" + csv + "', header = true, columns = {'k': 'INTEGER', 'a': 'DECIMAL(15,2)',"
                + " 'b': 'DECIMAL(4,3)', 'c': 'DECIMAL(18,0)'}) GROUP BY k ORDER BY k";
        List<List<Object>> expected = duckDb(sql);
        try (Session session = Session.builder().dataDir(temp).engine(engine).shufflePartitions(3).batchSize(2).build()) {
            DataFrame df = session.read().schema(SCHEMA).csv(csv.toString()).groupBy(col("k"))
                    .agg(sum(col("a")), sum(col("b")), sum(col("c")), avg(col("a")), avg(col("b")), min(col("a")), max(col("b")),
                            count(col("a")));
            assertThat(df.schema().type(1)).isEqualTo(DataType.decimal(18, 2));
            assertThat(df.schema().type(3)).isEqualTo(DataType.decimal(18, 0));
            assertThat(df.schema().type(4)).isEqualTo(DataType.DOUBLE);
            assertThat(df.schema().type(6)).isEqualTo(DataType.decimal(15, 2));
            List<List<Object>> actual = df.collect().stream().sorted(Comparator.comparing(r -> r.getInt(0)))
                    .map(Row::values).toList();
            assertThat(actual).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void groupingAndJoiningOnDecimalKeysAgreeWithDuckDb(EngineKind engine) throws Exception {
        Path csv = temp.resolve("t.csv");
        Files.writeString(csv, CSV);
        String columns = "columns = {'k': 'INTEGER', 'a': 'DECIMAL(15,2)', 'b': 'DECIMAL(4,3)', 'c': 'DECIMAL(18,0)'}";
        String sql = "SELECT x.c, count(*), sum(y.a) FROM read_csv('" + csv + "', header = true, " + columns + ") x"
                + " JOIN read_csv('" + csv + "', header = true, " + columns + ") y ON x.c = y.c GROUP BY x.c ORDER BY x.c";
        List<List<Object>> expected = duckDb(sql);
        try (Session session = Session.builder().dataDir(temp).engine(engine).shufflePartitions(3).batchSize(2)
                .broadcastJoins(false).build()) {
            DataFrame x = session.read().schema(SCHEMA).csv(csv.toString()).alias("x");
            DataFrame y = session.read().schema(SCHEMA).csv(csv.toString()).alias("y");
            List<List<Object>> actual = x.join(y, col("x.c").equalTo(col("y.c")), "inner").groupBy(col("x.c"))
                    .agg(count(), sum(col("y.a"))).collect().stream()
                    .sorted(Comparator.comparing(r -> (java.math.BigDecimal) r.get(0))).map(Row::values).toList();
            assertThat(actual).isEqualTo(expected);
        }
    }

    private static List<List<Object>> duckDb(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                rows.add(Arrays.asList(row));
            }
        }
        return rows;
    }
}
