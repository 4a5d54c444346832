package io.minispark.exec.expr;

import static io.minispark.api.functions.abs;
import static io.minispark.api.functions.coalesce;
import static io.minispark.api.functions.col;
import static io.minispark.api.functions.lit;
import static io.minispark.api.functions.round;
import static io.minispark.api.functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.analysis.Binder;
import io.minispark.api.Column;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Expression;
import io.minispark.types.DataType;
import io.minispark.types.Decimals;
import io.minispark.vector.Vector;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Binds (with the real coercion rules), evaluates and compares DECIMAL expressions with DuckDB over a
 * table of edge values: NULLs, negatives, halves, 18-digit extremes. Values must be equal exactly
 * (BigDecimal equality, so the scale must agree too); result types must be DuckDB's except where a
 * case names the type DuckDB gives instead: there minispark caps the precision at 18 where DuckDB
 * widens to a 128-bit decimal, or computes in DOUBLE where DuckDB keeps a DECIMAL(36+, s).
 */
class DecimalDuckDbDifferentialTest {
    private static final DataType A = DataType.decimal(15, 2);
    private static final DataType B = DataType.decimal(4, 3);
    private static final DataType C = DataType.decimal(18, 0);
    private static final DataType E = DataType.decimal(18, 2);
    private static final ExpressionFixture TABLE = new ExpressionFixture()
            .column("id", DataType.INT, 1, 2, 3, 4, 5, 6, 7, 8)
            .column("a", A, dec("1234.50", A), dec("-0.01", A), null, dec("9999999999999.99", A), dec("0.00", A),
                    dec("-2.50", A), dec("2.50", A), dec("0.05", A))
            .column("b", B, dec("1.500", B), dec("0.001", B), dec("-9.999", B), null, dec("0.000", B), dec("2.345", B),
                    dec("-0.005", B), dec("0.125", B))
            .column("c", C, dec("999999999999999999", C), dec("-999999999999999999", C), dec("0", C), dec("7", C), null,
                    dec("12", C), dec("-3", C), dec("1", C))
            .column("i", DataType.INT, 3, -7, 0, null, 2147483647, 10, -2, 1)
            .column("d", DataType.DOUBLE, 1.5, -0.25, null, 1e10, 0.0, 2.675, -1.005, 0.125)
            .column("e", E, dec("1.00", E), dec("-2.50", E), dec("12345678.91", E), null, dec("0.00", E), dec("0.01", E),
                    dec("-0.01", E), dec("99.99", E));

    private static Connection duckdb;

    @BeforeAll
    static void loadTable() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = duckdb.createStatement()) {
            statement.execute("SET error_on_division_by_zero = false");
            statement.execute("CREATE TABLE t (id INTEGER, a DECIMAL(15,2), b DECIMAL(4,3), c DECIMAL(18,0), i INTEGER, d DOUBLE,"
                    + " e DECIMAL(18,2))");
            var batch = TABLE.batch();
            for (int row = 0; row < batch.rowCount(); row++) {
                List<String> values = new ArrayList<>();
                for (int column = 0; column < batch.columnCount(); column++) {
                    Object value = batch.column(column).getObject(row);
                    values.add(value == null ? "NULL" : value instanceof BigDecimal big ? big.toPlainString() : value.toString());
                }
                statement.execute("INSERT INTO t VALUES (" + String.join(", ", values) + ")");
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        duckdb.close();
    }

    static Stream<Arguments> expressions() {
        return Stream.of(
                // Arithmetic
                same("a + b", col("a").plus(col("b"))),
                same("a - b", col("a").minus(col("b"))),
                same("b - a", col("b").minus(col("a"))),
                same("b * b", col("b").multiply(col("b"))),
                same("b * i", col("b").multiply(col("i"))),
                same("a % b", col("a").mod(col("b"))),
                same("a % i", col("a").mod(col("i"))),
                same("c % 7", col("c").mod(7)),
                same("a + i", col("a").plus(col("i"))),
                same("i - b", col("i").minus(col("b"))),
                same("a / b", col("a").divide(col("b"))),
                same("b / i", col("b").divide(col("i"))),
                same("a + d", col("a").plus(col("d"))),
                same("b * d", col("b").multiply(col("d"))),
                same("-a", col("a").negate()),
                same("-c", col("c").negate()),
                same("a + 2.5", col("a").plus(lit(new BigDecimal("2.5")))),
                same("b * 0.05", col("b").multiply(lit(new BigDecimal("0.05")))),
                // Functions
                same("abs(b)", abs(col("b"))),
                same("abs(c)", abs(col("c"))),
                same("round(a, 1)", round(col("a"), 1)),
                same("round(b, 2)", round(col("b"), 2)),
                same("round(b, 0)", round(col("b"), 0)),
                same("round(a, -1)", round(col("a"), -1)),
                same("round(a)", round(col("a"))),
                same("round(b, 5)", round(col("b"), 5)),
                same("coalesce(a, b)", coalesce(col("a"), col("b"))),
                same("coalesce(b, i)", coalesce(col("b"), col("i"))),
                same("CASE WHEN i > 0 THEN a ELSE b END", when(col("i").gt(0), col("a")).otherwise(col("b"))),
                // Comparisons
                same("a > b", col("a").gt(col("b"))),
                same("a = 2.5", col("a").equalTo(lit(new BigDecimal("2.5")))),
                same("b < 0", col("b").lt(0)),
                same("a <= i", col("a").leq(col("i"))),
                same("b = d", col("b").equalTo(col("d"))),
                same("a BETWEEN 0 AND 100", col("a").between(0, 100)),
                same("b IN (1.5, 0.001, 2)", col("b").isin(lit(new BigDecimal("1.5")), lit(new BigDecimal("0.001")), 2)),
                same("c >= 7", col("c").geq(7)),
                same("a >= '1.005'", col("a").geq("1.005")),
                // Casts
                same("CAST(b AS DECIMAL(4,2))", col("b").cast("DECIMAL(4,2)")),
                same("CAST(b AS DECIMAL(18,10))", col("b").cast("DECIMAL(18,10)")),
                same("CAST(a AS DECIMAL(18,1))", col("a").cast("DECIMAL(18,1)")),
                same("CAST(b AS INTEGER)", col("b").cast("INT")),
                same("CAST(a AS BIGINT)", col("a").cast("BIGINT")),
                same("CAST(c AS BIGINT)", col("c").cast("BIGINT")),
                same("CAST(a AS DOUBLE)", col("a").cast("DOUBLE")),
                same("CAST(c AS DOUBLE)", col("c").cast("DOUBLE")),
                same("CAST(b AS VARCHAR)", col("b").cast("VARCHAR")),
                same("CAST(a AS VARCHAR)", col("a").cast("VARCHAR")),
                same("CAST(CAST(a AS VARCHAR) AS DECIMAL(15,2))", col("a").cast("VARCHAR").cast("DECIMAL(15,2)")),
                same("CAST(CAST(b AS VARCHAR) AS DECIMAL(3,1))", col("b").cast("VARCHAR").cast("DECIMAL(3,1)")),
                same("CAST(i AS DECIMAL(12,2))", col("i").cast("DECIMAL(12,2)")),
                same("CAST(d AS DECIMAL(15,3))", col("d").cast("DECIMAL(15,3)")),
                same("CAST(d AS DECIMAL(15,2))", col("d").cast("DECIMAL(15,2)")),
                same("CAST(b AS BOOLEAN)", col("b").cast("BOOLEAN")),
                // Products: DuckDB caps 64-bit operands at 18 digits too (and checks for overflow).
                same("a * b", col("a").multiply(col("b"))),
                same("a * i", col("a").multiply(col("i"))),
                same("e * b", col("e").multiply(col("b"))),
                // Where the types differ: minispark caps sums and common types at 18 digits.
                differs("e + e", col("e").plus(col("e")), "DECIMAL(18,2)", "DECIMAL(19,2)"),
                differs("e - b", col("e").minus(col("b")), "DECIMAL(18,3)", "DECIMAL(20,3)"),
                differs("e + i", col("e").plus(col("i")), "DECIMAL(18,2)", "DECIMAL(19,2)"),
                differs("e % b", col("e").mod(col("b")), "DECIMAL(18,3)", "DECIMAL(19,3)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expressions")
    void agreesWithDuckDb(String sql, Column column, String ourType, String duckDbType) throws SQLException {
        List<Object> expected = new ArrayList<>();
        String expectedType;
        String actualType;
        List<Object> actual = new ArrayList<>();
        try (Statement statement = duckdb.createStatement();
                ResultSet rs = statement.executeQuery("SELECT " + sql + ", typeof(" + sql + ") FROM t ORDER BY id")) {
            String type = null;
            while (rs.next()) {
                expected.add(rs.getObject(1));
                type = rs.getString(2);
            }
            expectedType = type;
        }
        try {
            Expression bound = Binder.withoutAggregates(TABLE.attributes(), "SELECT").bind(column.expression());
            actualType = duckDbName(bound.type());
            Vector result = ExpressionCompiler.compile(bound, TABLE.attributes()).evaluate(TABLE.batch());
            for (int row = 0; row < result.length(); row++) {
                actual.add(result.getObject(row));
            }
        } catch (MinisparkException e) {
            throw new AssertionError(sql + " failed in minispark: " + e.getMessage(), e);
        }
        assertThat(actual).as(sql).isEqualTo(expected);
        if (duckDbType == null) {
            assertThat(actualType).as("type of " + sql).isEqualTo(expectedType);
        } else {
            // A documented difference: both sides' types are pinned down, the values still agree.
            assertThat(actualType).as("minispark's type of " + sql).isEqualTo(ourType);
            assertThat(expectedType).as("DuckDB's type of " + sql).isEqualTo(duckDbType);
        }
    }

    /**
     * Where a sum needs the 19th digit DuckDB widens to 128 bits and minispark reports the overflow
     * instead of wrapping. (Products of 18-digit decimals overflow in DuckDB too, as in minispark.)
     */
    @Test
    void whereDuckDbWidensPastEighteenDigitsMinisparkOverflows() throws SQLException {
        for (String[] pair : new String[][] {{"c + 1", "1000000000000000000"}, {"b + c", "1000000000000000000.500"}}) {
            try (Statement statement = duckdb.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT " + pair[0] + " FROM t WHERE id = 1")) {
                rs.next();
                assertThat(rs.getBigDecimal(1)).isEqualTo(new BigDecimal(pair[1]));
            }
        }
        for (Column column : List.of(col("c").plus(1), col("b").plus(col("c")), col("c").minus(1))) {
            Expression bound = Binder.withoutAggregates(TABLE.attributes(), "SELECT").bind(column.expression());
            assertThatThrownBy(() -> ExpressionCompiler.compile(bound, TABLE.attributes()).evaluate(TABLE.batch()))
                    .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NUMERIC_OVERFLOW));
        }
    }

    private static String duckDbName(DataType type) {
        return switch (type.kind()) {
            case INT -> "INTEGER";
            case STRING -> "VARCHAR";
            default -> type.toString();
        };
    }

    private static Arguments same(String sql, Column column) {
        return Arguments.of(sql, column, null, null);
    }

    private static Arguments differs(String sql, Column column, String ourType, String duckDbType) {
        return Arguments.of(sql, column, ourType, duckDbType);
    }

    private static long dec(String text, DataType type) {
        return Decimals.fromBigDecimal(new BigDecimal(text), type);
    }
}
