package io.minispark.exec.expr;

import static io.minispark.exec.expr.ExpressionFixture.literal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.MinisparkException;
import io.minispark.logical.And;
import io.minispark.logical.Arithmetic;
import io.minispark.logical.CaseWhen;
import io.minispark.logical.Cast;
import io.minispark.logical.Comparison;
import io.minispark.logical.Concat;
import io.minispark.logical.Expression;
import io.minispark.logical.InList;
import io.minispark.logical.IsNull;
import io.minispark.logical.Like;
import io.minispark.logical.Literal;
import io.minispark.logical.Negate;
import io.minispark.logical.Not;
import io.minispark.logical.Or;
import io.minispark.logical.ScalarFunction;
import io.minispark.logical.ScalarFunction.Function;
import io.minispark.types.DataType;
import io.minispark.types.Dates;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluates the same expressions over the same table of edge values with minispark and with DuckDB
 * (the semantics minispark follows) and requires identical results, row by row, or an error from both
 * (overflow, bad casts, modulo by zero).
 */
class DuckDbDifferentialTest {
    private static final double NAN = Double.NaN;
    private static final ExpressionFixture TABLE = new ExpressionFixture()
            .column("id", DataType.INT, 1, 2, 3, 4, 5, 6, 7, 8, 9)
            .column("i", DataType.INT, 0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, null, 7, 42, -7, 3)
            .column("b", DataType.BIGINT, 0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, null, 100L, 3L, -3L, 5_000_000_000L)
            .column("d", DataType.DOUBLE, 0.0, -1.5, NAN, -0.0, null, 2.5, 1e300, Double.NEGATIVE_INFINITY, 123.456)
            .column("s", DataType.STRING, "", "abc", "héllo wörld", "  pad  ", null, "ÀÉÎ ß", "%_x", "12", "日本語")
            .column("dt", DataType.DATE, date("1970-01-01"), date("2024-02-29"), date("1969-12-31"), date("0001-01-01"),
                    null, date("9999-12-31"), null, date("2000-01-01"), date("1900-03-01"))
            .column("ts", DataType.TIMESTAMP, timestamp("1970-01-01 00:00:00"), timestamp("2024-02-29 12:34:56.789"),
                    timestamp("1969-12-31 23:59:59.5"), timestamp("0001-01-01 00:00:00.000001"), null,
                    timestamp("2000-06-15 08:00:00"), null, timestamp("2000-01-01 00:00:01"), timestamp("1899-12-31 23:59:59"))
            .column("bo", DataType.BOOLEAN, false, true, true, false, null, null, true, false, true)
            .column("r", DataType.DOUBLE, 2.5, -2.5, 3.5, 0.5, null, -0.5, 1e9 + 0.5, 2147483647.4, -2147483648.4)
            .column("n", DataType.STRING, "12", " 1.5 ", "-2.5", "1e3", null, "1_000", "+7", ".5", "0.49");

    private static Connection duckdb;

    @BeforeAll
    static void loadTableIntoDuckDb() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = duckdb.createStatement()) {
            statement.execute("CREATE TABLE t (id INTEGER, i INTEGER, b BIGINT, d DOUBLE, s VARCHAR, dt DATE,"
                    + " ts TIMESTAMP, bo BOOLEAN, r DOUBLE, n VARCHAR)");
            var batch = TABLE.batch();
            for (int row = 0; row < batch.rowCount(); row++) {
                List<String> values = new ArrayList<>();
                for (int column = 0; column < batch.columnCount(); column++) {
                    DataType type = TABLE.attributes().get(column).type();
                    Object value = ExpressionFixture.values(batch.column(column)).get(row);
                    values.add(sqlLiteral(type, value));
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
        Expression i = TABLE.ref("i");
        Expression b = TABLE.ref("b");
        Expression d = TABLE.ref("d");
        Expression s = TABLE.ref("s");
        Expression dt = TABLE.ref("dt");
        Expression ts = TABLE.ref("ts");
        Expression bo = TABLE.ref("bo");
        Expression r = TABLE.ref("r");
        Expression n = TABLE.ref("n");
        return Stream.of(
                // Arithmetic
                row("i % 3", arithmetic(Arithmetic.Op.MODULO, i, literal(3))),
                row("i % -7", arithmetic(Arithmetic.Op.MODULO, i, literal(-7))),
                row("b % 7", arithmetic(Arithmetic.Op.MODULO, b, literal(7L))),
                row("i % 1000 * 3 - 5", arithmetic(Arithmetic.Op.SUBTRACT, arithmetic(Arithmetic.Op.MULTIPLY,
                        arithmetic(Arithmetic.Op.MODULO, i, literal(1000)), literal(3)), literal(5))),
                row("d + 1.5::DOUBLE", arithmetic(Arithmetic.Op.ADD, d, literal(1.5))),
                row("d * d", arithmetic(Arithmetic.Op.MULTIPLY, d, d)),
                row("d - d", arithmetic(Arithmetic.Op.SUBTRACT, d, d)),
                row("d / 0.0::DOUBLE", arithmetic(Arithmetic.Op.DIVIDE, d, literal(0.0))),
                row("d % 2.0::DOUBLE", arithmetic(Arithmetic.Op.MODULO, d, literal(2.0))),
                row("-d", new Negate(d)),
                row("-(i % 1000)", new Negate(arithmetic(Arithmetic.Op.MODULO, i, literal(1000)))),
                row("CAST(i AS DOUBLE) / CAST(b AS DOUBLE)", arithmetic(Arithmetic.Op.DIVIDE,
                        new Cast(i, DataType.DOUBLE), new Cast(b, DataType.DOUBLE))),
                // Comparisons
                row("i < 0", compare(Comparison.Op.LT, i, literal(0))),
                row("i = 7", compare(Comparison.Op.EQ, i, literal(7))),
                row("b >= 0", compare(Comparison.Op.GE, b, literal(0L))),
                row("d < 1.0::DOUBLE", compare(Comparison.Op.LT, d, literal(1.0))),
                row("d = d", compare(Comparison.Op.EQ, d, d)),
                row("d > 'inf'::DOUBLE", compare(Comparison.Op.GT, d, literal(Double.POSITIVE_INFINITY))),
                row("d >= 'nan'::DOUBLE", compare(Comparison.Op.GE, d, literal(NAN))),
                row("d = 0.0::DOUBLE", compare(Comparison.Op.EQ, d, literal(0.0))),
                row("d <> r", compare(Comparison.Op.NE, d, r)),
                row("s < 'b'", compare(Comparison.Op.LT, s, literal("b"))),
                row("s >= 'é'", compare(Comparison.Op.GE, s, literal("é"))),
                row("s = ''", compare(Comparison.Op.EQ, s, literal(""))),
                row("s > n", compare(Comparison.Op.GT, s, n)),
                row("bo < true", compare(Comparison.Op.LT, bo, Literal.TRUE)),
                row("bo >= bo", compare(Comparison.Op.GE, bo, bo)),
                row("dt < DATE '2000-01-01'", compare(Comparison.Op.LT, dt, new Literal(date("2000-01-01"), DataType.DATE))),
                row("ts >= TIMESTAMP '1970-01-01'", compare(Comparison.Op.GE, ts, new Literal(0L, DataType.TIMESTAMP))),
                // Logic
                row("i > 0 AND d > 0.0::DOUBLE", new And(compare(Comparison.Op.GT, i, literal(0)),
                        compare(Comparison.Op.GT, d, literal(0.0)))),
                row("i > 0 OR bo", new Or(compare(Comparison.Op.GT, i, literal(0)), bo)),
                row("NOT bo", new Not(bo)),
                row("bo AND s = 'abc'", new And(bo, compare(Comparison.Op.EQ, s, literal("abc")))),
                row("bo OR NULL", new Or(bo, Literal.nullOf(DataType.BOOLEAN))),
                row("bo AND NULL", new And(bo, Literal.nullOf(DataType.BOOLEAN))),
                row("bo IS NULL", new IsNull(bo, false)),
                row("s IS NOT NULL", new IsNull(s, true)),
                row("i IN (0, 7, NULL)", new InList(i, List.of(literal(0), literal(7), Literal.nullOf(DataType.INT)), false)),
                row("i NOT IN (0, 7)", new InList(i, List.of(literal(0), literal(7)), true)),
                row("i NOT IN (0, NULL)", new InList(i, List.of(literal(0), Literal.nullOf(DataType.INT)), true)),
                row("s IN ('abc', '')", new InList(s, List.of(literal("abc"), literal("")), false)),
                row("d IN ('nan'::DOUBLE, 0.0::DOUBLE)", new InList(d, List.of(literal(NAN), literal(0.0)), false)),
                // LIKE
                row("s LIKE 'a%'", like(s, "a%")),
                row("s LIKE '%d'", like(s, "%d")),
                row("s LIKE '%l%'", like(s, "%l%")),
                row("s LIKE 'h_llo%'", like(s, "h_llo%")),
                row("s LIKE '_'", like(s, "_")),
                row("s LIKE '___'", like(s, "___")),
                row("s LIKE '%_x'", like(s, "%_x")),
                row("s LIKE '%o%o%'", like(s, "%o%o%")),
                row("s NOT LIKE '%'", new Like(s, literal("%"), true)),
                row("s LIKE s", new Like(s, s, false)),
                row("s LIKE n", new Like(s, n, false)),
                // Casts
                row("CAST(i AS BIGINT)", new Cast(i, DataType.BIGINT)),
                row("CAST(i AS DOUBLE)", new Cast(i, DataType.DOUBLE)),
                row("CAST(b AS DOUBLE)", new Cast(b, DataType.DOUBLE)),
                row("CAST(d AS VARCHAR)", new Cast(d, DataType.STRING)),
                row("CAST(r AS VARCHAR)", new Cast(r, DataType.STRING)),
                row("CAST(d * 1e-310::DOUBLE AS VARCHAR)", new Cast(arithmetic(Arithmetic.Op.MULTIPLY, d, literal(1e-310)),
                        DataType.STRING)),
                row("CAST(CAST(b AS DOUBLE) / 7.0::DOUBLE AS VARCHAR)", new Cast(arithmetic(Arithmetic.Op.DIVIDE,
                        new Cast(b, DataType.DOUBLE), literal(7.0)), DataType.STRING)),
                row("CAST(i AS VARCHAR)", new Cast(i, DataType.STRING)),
                row("CAST(b AS VARCHAR)", new Cast(b, DataType.STRING)),
                row("CAST(bo AS INT)", new Cast(bo, DataType.INT)),
                row("CAST(bo AS DOUBLE)", new Cast(bo, DataType.DOUBLE)),
                row("CAST(i AS BOOLEAN)", new Cast(i, DataType.BOOLEAN)),
                row("CAST(d AS BOOLEAN)", new Cast(d, DataType.BOOLEAN)),
                row("CAST(bo AS VARCHAR)", new Cast(bo, DataType.STRING)),
                row("CAST(dt AS VARCHAR)", new Cast(dt, DataType.STRING)),
                row("CAST(ts AS VARCHAR)", new Cast(ts, DataType.STRING)),
                row("CAST(CAST(ts AS DATE) AS VARCHAR)", new Cast(new Cast(ts, DataType.DATE), DataType.STRING)),
                row("CAST(CAST(dt AS TIMESTAMP) AS VARCHAR)", new Cast(new Cast(dt, DataType.TIMESTAMP), DataType.STRING)),
                row("CAST(CAST(CAST(dt AS VARCHAR) AS DATE) AS VARCHAR)", new Cast(new Cast(new Cast(dt, DataType.STRING),
                        DataType.DATE), DataType.STRING)),
                row("CAST(CAST(CAST(ts AS VARCHAR) AS TIMESTAMP) AS VARCHAR)", new Cast(new Cast(new Cast(ts, DataType.STRING),
                        DataType.TIMESTAMP), DataType.STRING)),
                row("CAST(CAST(d AS VARCHAR) AS DOUBLE)", new Cast(new Cast(d, DataType.STRING), DataType.DOUBLE)),
                row("CAST(CAST(i AS VARCHAR) AS INT)", new Cast(new Cast(i, DataType.STRING), DataType.INT)),
                row("CAST(CAST(b AS VARCHAR) AS BIGINT)", new Cast(new Cast(b, DataType.STRING), DataType.BIGINT)),
                row("CAST(CAST(bo AS VARCHAR) AS BOOLEAN)", new Cast(new Cast(bo, DataType.STRING), DataType.BOOLEAN)),
                row("CAST(r AS INT)", new Cast(r, DataType.INT)),
                row("CAST(r AS BIGINT)", new Cast(r, DataType.BIGINT)),
                row("CAST(n AS INT)", new Cast(n, DataType.INT)),
                row("CAST(n AS BIGINT)", new Cast(n, DataType.BIGINT)),
                row("CAST(n AS DOUBLE)", new Cast(n, DataType.DOUBLE)),
                // CONCAT, CASE, COALESCE
                row("s || s", new Concat(List.of(s, s))),
                row("s || '-' || n", new Concat(List.of(s, literal("-"), n))),
                row("CASE WHEN i > 0 AND i < 1000 THEN i * 2 WHEN i IS NULL THEN -1 ELSE i % 10 END",
                        new CaseWhen(List.of(new And(compare(Comparison.Op.GT, i, literal(0)), compare(Comparison.Op.LT, i, literal(1000))),
                                new IsNull(i, false)),
                                List.of(arithmetic(Arithmetic.Op.MULTIPLY, i, literal(2)), literal(-1)),
                                arithmetic(Arithmetic.Op.MODULO, i, literal(10)), DataType.INT)),
                row("CASE WHEN bo THEN s ELSE 'no' END", new CaseWhen(List.of(bo), List.of(s), literal("no"), DataType.STRING)),
                row("CASE WHEN d > 0.0::DOUBLE THEN d END", new CaseWhen(List.of(compare(Comparison.Op.GT, d, literal(0.0))),
                        List.of(d), Literal.nullOf(DataType.DOUBLE), DataType.DOUBLE)),
                row("coalesce(s, 'none')", function(Function.COALESCE, s, literal("none"))),
                row("coalesce(CAST(NULL AS INT), i, 0)", function(Function.COALESCE, Literal.nullOf(DataType.INT), i, literal(0))),
                // Functions
                row("upper(s)", function(Function.UPPER, s)),
                row("lower(s)", function(Function.LOWER, s)),
                row("length(s)", function(Function.LENGTH, s)),
                row("trim(s)", function(Function.TRIM, s)),
                row("substring(s, 2)", function(Function.SUBSTRING, s, literal(2))),
                row("substring(s, -3, 2)", function(Function.SUBSTRING, s, literal(-3), literal(2))),
                row("substring(s, 0, 3)", function(Function.SUBSTRING, s, literal(0), literal(3))),
                row("substring(s, 3, -2)", function(Function.SUBSTRING, s, literal(3), literal(-2))),
                row("substring(s, i % 5, b % 4)", function(Function.SUBSTRING, s, arithmetic(Arithmetic.Op.MODULO, i, literal(5)),
                        arithmetic(Arithmetic.Op.MODULO, b, literal(4L)))),
                row("abs(d)", function(Function.ABS, d)),
                row("abs(i % 1000)", function(Function.ABS, arithmetic(Arithmetic.Op.MODULO, i, literal(1000)))),
                row("round(d)", function(Function.ROUND, d)),
                row("round(d, 1)", function(Function.ROUND, d, literal(1))),
                row("round(d, -1)", function(Function.ROUND, d, literal(-1))),
                row("round(r)", function(Function.ROUND, r)),
                row("round(r, 0)", function(Function.ROUND, r, literal(0))),
                row("round(r, -2)", function(Function.ROUND, r, literal(-2))),
                row("round(i % 1000, -1)", function(Function.ROUND, arithmetic(Arithmetic.Op.MODULO, i, literal(1000)), literal(-1))),
                row("round(b % 1000, -2)", function(Function.ROUND, arithmetic(Arithmetic.Op.MODULO, b, literal(1000L)), literal(-2))),
                row("extract(year FROM dt)", function(Function.EXTRACT_YEAR, dt)),
                row("extract(month FROM dt)", function(Function.EXTRACT_MONTH, dt)),
                row("extract(day FROM dt)", function(Function.EXTRACT_DAY, dt)),
                row("extract(year FROM ts)", function(Function.EXTRACT_YEAR, ts)),
                row("extract(month FROM ts)", function(Function.EXTRACT_MONTH, ts)),
                row("extract(day FROM ts)", function(Function.EXTRACT_DAY, ts)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expressions")
    void sameResultsAsDuckDb(String sql, Expression expression) throws SQLException {
        List<Object> expected = duckDbResults(sql);
        assertThat(TABLE.evaluate(expression)).as(sql).isEqualTo(expected);
    }

    static Stream<Arguments> failingExpressions() {
        Expression i = TABLE.ref("i");
        Expression b = TABLE.ref("b");
        Expression d = TABLE.ref("d");
        Expression s = TABLE.ref("s");
        return Stream.of(
                row("i + 1", arithmetic(Arithmetic.Op.ADD, i, literal(1))),
                row("b - 1", arithmetic(Arithmetic.Op.SUBTRACT, b, literal(1L))),
                row("b * 2", arithmetic(Arithmetic.Op.MULTIPLY, b, literal(2L))),
                row("i % -1", arithmetic(Arithmetic.Op.MODULO, i, literal(-1))),
                row("i % 0", arithmetic(Arithmetic.Op.MODULO, i, literal(0))),
                row("b % b", arithmetic(Arithmetic.Op.MODULO, b, b)),
                row("abs(i)", function(Function.ABS, i)),
                row("abs(b)", function(Function.ABS, b)),
                row("round(i, -1)", function(Function.ROUND, i, literal(-1))),
                row("CAST(b AS INT)", new Cast(b, DataType.INT)),
                row("CAST(d AS INT)", new Cast(d, DataType.INT)),
                row("CAST(d AS BIGINT)", new Cast(d, DataType.BIGINT)),
                row("CAST(s AS INT)", new Cast(s, DataType.INT)),
                row("CAST(s AS DOUBLE)", new Cast(s, DataType.DOUBLE)),
                row("CAST(s AS DATE)", new Cast(s, DataType.DATE)),
                row("CAST(s AS BOOLEAN)", new Cast(s, DataType.BOOLEAN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingExpressions")
    void failsWhereDuckDbFails(String sql, Expression expression) {
        assertThatThrownBy(() -> duckDbResults(sql)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> TABLE.evaluate(expression)).isInstanceOf(MinisparkException.class);
    }

    @Test
    void theOracleSeesTheSameTable() throws SQLException {
        assertThat(duckDbResults("s")).isEqualTo(TABLE.evaluate(TABLE.ref("s")));
        assertThat(duckDbResults("d")).isEqualTo(TABLE.evaluate(TABLE.ref("d")));
    }

    private static List<Object> duckDbResults(String sql) throws SQLException {
        List<Object> out = new ArrayList<>();
        try (Statement statement = duckdb.createStatement();
                ResultSet results = statement.executeQuery("SELECT " + sql + " FROM t ORDER BY id")) {
            while (results.next()) {
                Object value = results.getObject(1);
                if (value != null && !(value instanceof Integer || value instanceof Long || value instanceof Double
                        || value instanceof String || value instanceof Boolean)) {
                    throw new AssertionError("unexpected " + value.getClass() + " from DuckDB for " + sql);
                }
                out.add(value);
            }
        }
        return out;
    }

    private static Arguments row(String sql, Expression expression) {
        return Arguments.of(sql, expression);
    }

    private static Expression arithmetic(Arithmetic.Op op, Expression left, Expression right) {
        return new Arithmetic(op, left, right, op == Arithmetic.Op.DIVIDE ? DataType.DOUBLE : left.type());
    }

    private static Expression compare(Comparison.Op op, Expression left, Expression right) {
        return new Comparison(op, left, right);
    }

    private static Expression like(Expression text, String pattern) {
        return new Like(text, literal(pattern), false);
    }

    private static Expression function(Function function, Expression... arguments) {
        List<DataType> types = Arrays.stream(arguments).map(Expression::type).toList();
        return new ScalarFunction(function, List.of(arguments), ScalarFunctions.resultType(function, types));
    }

    private static Integer date(String text) {
        return Dates.parseDate(text);
    }

    private static Long timestamp(String text) {
        return Dates.parseTimestamp(text);
    }

    private static String sqlLiteral(DataType type, Object value) {
        if (value == null) {
            return "NULL";
        }
        return switch (type.kind()) {
            case DOUBLE -> "'" + value + "'::DOUBLE";
            case STRING -> "'" + value.toString().replace("'", "''") + "'";
            case DATE -> "DATE '" + Dates.formatDate((Integer) value) + "'";
            case TIMESTAMP -> "TIMESTAMP '" + Dates.formatTimestamp((Long) value) + "'";
            default -> value.toString();
        };
    }
}
