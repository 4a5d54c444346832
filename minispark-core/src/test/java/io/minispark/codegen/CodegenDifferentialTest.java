package io.minispark.codegen;

import static io.minispark.codegen.DifferentialRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.Session;
import io.minispark.codegen.DifferentialRuns.Outcome;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded randomized differential test: random expression trees over random typed columns with NULLs
 * and edge values (0, -1, MIN/MAX, NaN, infinities, -0.0, empty and multi-byte strings, decimals at
 * max precision) run compiled and interpreted; results, or error codes, must be identical. The seed
 * is printed; replay one with {@code -Dminispark.codegen.seed=N} (and {@code -Dminispark.codegen.cases=N}).
 */
class CodegenDifferentialTest {
    private static final int ROWS = 300;
    /** Group keys up to seven bytes are packed into a long; longer ones (and ones alike in their first seven) are not. */
    private static final String[] WORDS = {"", "a", "apple", "Apple", "ápple", "banana", "b%", "日本", "zz", "abcdefg",
        "abcdefgh", "pineapple", "pineapplE", "日本語"};

    @TempDir
    Path data;

    @Test
    void randomExpressionsAgreeCompiledAndInterpreted() {
        agreeOnRandomQueries(false);
    }

    /**
     * The same over a table whose columns without NULLs are declared NOT NULL: compiled stages then
     * drop their NULL tests, keep no "has a value" flags for SUM, and test ranges of such columns with
     * constants by sign arithmetic; the answers must not change.
     */
    @Test
    void randomExpressionsOverNotNullColumnsAgreeCompiledAndInterpreted() {
        agreeOnRandomQueries(true);
    }

    private void agreeOnRandomQueries(boolean notNullColumns) {
        long seed = Long.getLong("minispark.codegen.seed", System.nanoTime());
        int cases = Integer.getInteger("minispark.codegen.cases", 300);
        System.out.println("CodegenDifferentialTest seed = " + seed + " (replay with -Dminispark.codegen.seed=" + seed + ")");
        Random random = new Random(seed);
        writeTable(random, notNullColumns);
        int compiledQueries = 0;
        int errors = 0;
        int succeeded = 0;
        try (Session interpreted = session(CodegenMode.OFF, 64); Session compiled = session(CodegenMode.ON, 64);
             Session rowAtATime = session(CodegenMode.OFF, 1)) {
            for (int n = 0; n < cases; n++) {
                ExpressionGenerator generator = new ExpressionGenerator(random);
                String sql = generator.query();
                Outcome actual = run(compiled, sql);
                if (actual.allCompiled()) {
                    compiledQueries++;
                }
                Outcome expected = DifferentialRuns.expected(interpreted, rowAtATime, sql, actual);
                if (expected.error() != null) {
                    errors++;
                } else {
                    succeeded++;
                }
                assertThat(actual.text()).as("seed " + seed + ", case " + n + ": " + sql).isEqualTo(expected.text());
            }
        }
        System.out.println("CodegenDifferentialTest: " + cases + " queries, " + compiledQueries + " fully compiled, "
                + errors + " raised errors");
        assertThat(compiledQueries).as("most random queries that succeed should compile").isGreaterThan(succeeded / 2);
    }

    private Session session(CodegenMode codegen, int batchSize) {
        return DifferentialRuns.sequential(data, codegen, batchSize).build();
    }

    /** With {@code notNullColumns}, every column but e and f holds no NULL and is declared NOT NULL. */
    private void writeTable(Random random, boolean notNullColumns) {
        boolean nullable = !notNullColumns;
        Schema schema = Schema.of(new Field("k", DataType.INT, nullable), new Field("i", DataType.INT, nullable),
                new Field("j", DataType.INT, nullable), new Field("b", DataType.BIGINT, nullable),
                new Field("d", DataType.DOUBLE, nullable), new Field("e", DataType.DOUBLE),
                new Field("m", DataType.decimal(18, 2), nullable), new Field("n", DataType.decimal(9, 4), nullable),
                new Field("s", DataType.STRING, nullable), new Field("dt", DataType.DATE, nullable),
                new Field("f", DataType.BOOLEAN));
        int[] k = new int[ROWS];
        int[] i = new int[ROWS];
        int[] j = new int[ROWS];
        long[] b = new long[ROWS];
        double[] d = new double[ROWS];
        double[] e = new double[ROWS];
        long[] m = new long[ROWS];
        long[] n = new long[ROWS];
        int[] dt = new int[ROWS];
        boolean[] f = new boolean[ROWS];
        StringVector.Builder s = new StringVector.Builder(ROWS);
        boolean[][] nulls = new boolean[11][ROWS];
        int[] intEdges = {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE};
        long[] longEdges = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE};
        double[] doubleEdges = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e308};
        long[] decimalEdges = {0, -1, 999_999_999_999_999_999L, -999_999_999_999_999_999L};
        for (int r = 0; r < ROWS; r++) {
            boolean edge = random.nextInt(40) == 0;
            k[r] = random.nextInt(6);
            i[r] = edge ? intEdges[random.nextInt(intEdges.length)] : random.nextInt(201) - 100;
            j[r] = random.nextInt(21) - 10;
            b[r] = edge ? longEdges[random.nextInt(longEdges.length)] : random.nextInt(2_000_001) - 1_000_000;
            d[r] = edge ? doubleEdges[random.nextInt(doubleEdges.length)] : Math.round(random.nextGaussian() * 1e4) / 100.0;
            e[r] = random.nextInt(5) - 2;
            m[r] = edge ? decimalEdges[random.nextInt(decimalEdges.length)] : random.nextInt(2_000_001) - 1_000_000;
            n[r] = random.nextInt(200_001) - 100_000;
            dt[r] = 19_000 + random.nextInt(1000);
            f[r] = random.nextBoolean();
            String word = WORDS[random.nextInt(WORDS.length)];
            for (int c = 0; c < 11; c++) {
                boolean mayBeNull = c > 0 && (!notNullColumns || c == 5 || c == 10);
                nulls[c][r] = mayBeNull && random.nextInt(8) == 0;
            }
            if (nulls[8][r]) {
                s.appendNull();
            } else {
                s.append(word);
            }
        }
        Vector[] columns = {
            new IntVector(DataType.INT, k, null), new IntVector(DataType.INT, i, nulls[1]), new IntVector(DataType.INT, j, nulls[2]),
            new LongVector(DataType.BIGINT, b, nulls[3]), new DoubleVector(DataType.DOUBLE, d, nulls[4]),
            new DoubleVector(DataType.DOUBLE, e, nulls[5]), new LongVector(DataType.decimal(18, 2), m, nulls[6]),
            new LongVector(DataType.decimal(9, 4), n, nulls[7]), s.build(), new IntVector(DataType.DATE, dt, nulls[9]),
            new BooleanVector(DataType.BOOLEAN, f, nulls[10])};
        DifferentialRuns.writeTable(data, "t", schema, columns);
    }

    /** Random well-typed SQL over table t, as text; the analyzer types it as it would any query. */
    private static final class ExpressionGenerator {
        private final Random random;

        ExpressionGenerator(Random random) {
            this.random = random;
        }

        String query() {
            return switch (random.nextInt(7)) {
                case 6 -> "SELECT COUNT(*), SUM(m), AVG(n), SUM(i), MIN(dt), COUNT(m) FROM t WHERE " + ranges();
                case 4 -> "SELECT i, m, dt FROM t WHERE " + ranges();
                case 5 -> "SELECT k, COUNT(*), SUM(m), AVG(n), MIN(i), MAX(dt), COUNT(b) FROM t WHERE " + ranges() + " GROUP BY k";
                case 0 -> "SELECT " + any(3) + ", " + any(3) + " FROM t";
                case 1 -> "SELECT i, s, " + any(3) + " FROM t WHERE " + bool(3);
                case 2 -> "SELECT k, COUNT(*), SUM(" + integer(2) + "), MIN(" + dbl(2) + "), MAX(" + integer(2) + "), AVG("
                        + dbl(2) + "), SUM(m), AVG(n), AVG(m), COUNT(" + any(2) + ") FROM t WHERE " + bool(2) + " GROUP BY k";
                default -> "SELECT s, f, COUNT(*), SUM(j), MIN(" + integer(2) + "), SUM(" + dbl(1) + "), SUM(e), AVG(e), AVG(j) FROM t GROUP BY s, f"
                        ;
            };
        }

        private String any(int depth) {
            return switch (random.nextInt(6)) {
                case 0 -> integer(depth);
                case 1 -> bigint(depth);
                case 2 -> dbl(depth);
                case 3 -> decimal(depth);
                case 4 -> string(depth);
                default -> bool(depth);
            };
        }

        private String pick(String... options) {
            return options[random.nextInt(options.length)];
        }

        private String integer(int depth) {
            if (depth == 0 || random.nextInt(4) == 0) {
                return pick("i", "j", "k", "0", "-1", "7", "j", "k");
            }
            int d = depth - 1;
            return switch (random.nextInt(7)) {
                case 0 -> "(" + integer(d) + " + " + integer(d) + ")";
                case 1 -> "(" + integer(d) + " - " + integer(d) + ")";
                case 2 -> "(" + integer(d) + " * " + integer(d) + ")";
                case 3 -> "(" + integer(d) + " % " + pick("7", "-3", integer(d)) + ")";
                case 4 -> "(-" + integer(d) + ")";
                case 5 -> "CASE WHEN " + bool(d) + " THEN " + integer(d) + " ELSE " + integer(d) + " END";
                default -> "COALESCE(" + integer(d) + ", " + integer(d) + ")";
            };
        }

        private String bigint(int depth) {
            if (depth == 0 || random.nextInt(4) == 0) {
                return pick("b", "CAST(i AS BIGINT)", "-1", "CAST(j AS BIGINT)");
            }
            int d = depth - 1;
            return switch (random.nextInt(4)) {
                case 0 -> "(" + bigint(d) + " + " + bigint(d) + ")";
                case 1 -> "(" + bigint(d) + " * " + bigint(d) + ")";
                case 2 -> "(" + bigint(d) + " % " + pick("1000", bigint(d)) + ")";
                default -> "(" + bigint(d) + " - " + bigint(d) + ")";
            };
        }

        private String dbl(int depth) {
            if (depth == 0 || random.nextInt(4) == 0) {
                return pick("d", "e", "0.5", "CAST(i AS DOUBLE)", "CAST(m AS DOUBLE)");
            }
            int d = depth - 1;
            return switch (random.nextInt(5)) {
                case 0 -> "(" + dbl(d) + " + " + dbl(d) + ")";
                case 1 -> "(" + dbl(d) + " / " + dbl(d) + ")";
                case 2 -> "(" + dbl(d) + " % " + dbl(d) + ")";
                case 3 -> "(" + dbl(d) + " * " + dbl(d) + ")";
                default -> "(-" + dbl(d) + ")";
            };
        }

        private String decimal(int depth) {
            if (depth == 0 || random.nextInt(3) == 0) {
                return pick("m", "n", "CAST(j AS DECIMAL(9,2))");
            }
            int d = depth - 1;
            return switch (random.nextInt(4)) {
                case 0 -> "(" + decimal(d) + " + " + decimal(d) + ")";
                case 1 -> "(" + decimal(d) + " - " + decimal(d) + ")";
                case 2 -> "(n * n)";
                default -> "(" + decimal(d) + " % " + pick("CAST(3 AS DECIMAL(9,2))", decimal(d)) + ")";
            };
        }

        /** Comparisons of columns with constants, edge values among them: the ranges filters test. */
        private String ranges() {
            StringBuilder and = new StringBuilder("(");
            int count = 1 + random.nextInt(4);
            for (int c = 0; c < count; c++) {
                if (c > 0) {
                    and.append(" AND ");
                }
                String column = pick("i", "j", "k", "dt", "m", "n", "b");
                String constant = constant(column);
                if (random.nextInt(4) == 0) {
                    and.append(column).append(" BETWEEN ").append(constant).append(" AND ").append(constant(column));
                } else if (random.nextBoolean()) {
                    and.append(column).append(' ').append(pick("=", "<>", "<", "<=", ">", ">=")).append(' ').append(constant);
                } else {
                    and.append(constant).append(' ').append(pick("=", "<>", "<", "<=", ">", ">=")).append(' ').append(column);
                }
            }
            return and.append(")").toString();
        }

        private String constant(String column) {
            return switch (column) {
                case "dt" -> pick("DATE '2022-01-01'", "DATE '2021-12-31'", "DATE '2023-01-01'", "DATE '1970-01-01'");
                case "m" -> pick("0.00", "-1.00", "123.45", "9999999999999999.99", "-9999999999999999.99", "-0.01");
                case "n" -> pick("0.0000", "-1.5000", "5.2500", "99999.9999", "-99999.9999");
                case "b" -> pick("0", "-1", "9223372036854775807", "-9223372036854775807");
                default -> pick("0", "-1", "3", "-100", "2147483647", "-2147483647");
            };
        }

        private String string(int depth) {
            if (depth == 0 || random.nextInt(2) == 0) {
                return pick("s", "''", "'apple'");
            }
            return "CASE WHEN " + bool(depth - 1) + " THEN " + string(depth - 1) + " ELSE " + string(depth - 1) + " END";
        }

        private String bool(int depth) {
            if (depth == 0 || random.nextInt(5) == 0) {
                return pick("f", "(i > j)", "(s IS NULL)", "(d = d)", "(s LIKE 'a%')", "(s LIKE '%p%')", "(s NOT LIKE '_')");
            }
            int d = depth - 1;
            String op = pick("=", "<>", "<", "<=", ">", ">=");
            return switch (random.nextInt(11)) {
                case 10 -> ranges();
                case 0 -> "(" + integer(d) + " " + op + " " + integer(d) + ")";
                case 1 -> "(" + dbl(d) + " " + op + " " + dbl(d) + ")";
                case 2 -> "(" + string(d) + " " + op + " " + string(d) + ")";
                case 3 -> "(" + decimal(0) + " " + op + " " + decimal(0) + ")";
                case 4 -> "(" + bool(d) + " AND " + bool(d) + ")";
                case 5 -> "(" + bool(d) + " OR " + bool(d) + ")";
                case 6 -> "(NOT " + bool(d) + ")";
                case 7 -> "(" + any(d) + " IS NOT NULL)";
                case 8 -> "(i IN (0, -1, 5, NULL))";
                default -> "(s IN ('apple', '', 'zz'))";
            };
        }
    }
}
