package io.minispark.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.api.Session;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.NativeTableWriter;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.sql.StatementResult;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NOT NULL columns of native tables: their writer refuses NULLs, their scans refuse part files that
 * allow NULLs, and compiled stages over them drop NULL tests and SUM's "has a value" counters while
 * answering as the interpreter does.
 */
class NotNullColumnsTest {
    private static final DataType MONEY = DataType.decimal(15, 2);
    private static final Schema NOT_NULL = Schema.of(new Field("k", DataType.INT, false), new Field("d", DataType.DATE, false),
            new Field("m", MONEY, false));
    private static final Schema NULLABLE = Schema.of(new Field("k", DataType.INT), new Field("d", DataType.DATE),
            new Field("m", MONEY));

    @TempDir
    Path data;

    private static Batch rows(int from, int count, boolean[] nullMoney) {
        int[] k = new int[count];
        int[] d = new int[count];
        long[] m = new long[count];
        for (int i = 0; i < count; i++) {
            k[i] = (from + i) % 5;
            d[i] = 19_000 + (from + i) % 400;
            m[i] = ((from + i) % 1000 - 500) * 101L;
        }
        return new Batch(new Vector[] {new IntVector(DataType.INT, k, null), new IntVector(DataType.DATE, d, null),
            new LongVector(MONEY, m, nullMoney)}, count);
    }

    private void write(String table, Schema schema, Batch... batches) {
        try (NativeTableWriter writer = new NativeTableWriter(data.resolve(table), schema, new BlockFileOptions(100, 1 << 20),
                Long.MAX_VALUE, false)) {
            for (Batch batch : batches) {
                writer.write(batch);
            }
            writer.commit();
        }
    }

    private Session session(CodegenMode codegen) {
        return DifferentialRuns.sequential(data, codegen, 64).build();
    }

    @Test
    void aNullInANotNullColumnIsRefusedAndNoTableAppears() throws IOException {
        boolean[] nulls = new boolean[10];
        nulls[7] = true;
        assertThatThrownBy(() -> write("t", NOT_NULL, rows(0, 100, null), rows(100, 10, nulls)))
                .isInstanceOfSatisfying(MinisparkException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_NULL_VIOLATION);
                    assertThat(e.getMessage()).contains("column \"m\" is declared NOT NULL").contains("row 108");
                });
        try (Stream<Path> entries = Files.list(data)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void aPartFileAllowingNullsInATableDeclaredNotNullIsCorrupt() throws IOException {
        write("t", NOT_NULL, rows(0, 300, null));
        write("other", NULLABLE, rows(0, 300, null));
        // A part file from elsewhere, copied in under a later name: the table's schema is the first part's.
        Files.copy(data.resolve("other").resolve("part-00000.msb"), data.resolve("t").resolve("part-00001.msb"));
        try (Session session = session(CodegenMode.ON)) {
            assertThatThrownBy(() -> session.sql("SELECT SUM(m) FROM t").collect())
                    .isInstanceOfSatisfying(MinisparkException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
                        assertThat(e.getMessage()).contains("part-00001.msb").contains("allows NULL in column \"k\"")
                                .contains("declares NOT NULL");
                    });
        }
    }

    @Test
    void compiledStagesOverNotNullColumnsTestNoNullsAndAgreeWithTheInterpreter() {
        write("t", NOT_NULL, rows(0, 1000, null));
        String query = "SELECT k, COUNT(*), COUNT(m), SUM(m), AVG(m), MIN(d), MAX(m) FROM t "
                + "WHERE d BETWEEN DATE '2022-01-01' AND DATE '2022-03-31' AND m > -100.00 AND k <> 3 GROUP BY k ORDER BY k";
        try (Session compiled = session(CodegenMode.ON); Session interpreted = session(CodegenMode.OFF)) {
            String code = ((StatementResult.Text) compiled.execute("EXPLAIN CODEGEN " + query)).text();
            String stage0 = code.substring(code.indexOf("== Stage 0"), code.indexOf("== Stage 1"));
            // No NULL masks read for the scanned columns; the range test is one sign check.
            assertThat(stage0).doesNotContainPattern("scan\\d+Column\\d+Nulls").contains("long inRange0 = ");
            // COUNT(*), COUNT(m) and AVG(m)'s count count the same rows: one counter; SUM(m) needs none.
            assertThat(stage0).contains("agg0Rows0[").doesNotContain("agg0Rows1");
            DifferentialRuns.Outcome actual = DifferentialRuns.run(compiled, query);
            assertThat(actual.stages().getFirst().compilation().compiled()).isTrue();
            assertThat(actual.text()).isEqualTo(DifferentialRuns.run(interpreted, query).text());
            assertThat(actual.rows()).hasSize(4);
        }
    }

    /** A join that buffers probe rows keeps never-NULL probe columns' flags constant above it. */
    @Test
    void neverNullProbeColumnsStayNeverNullAboveABroadcastJoin() {
        write("f", NOT_NULL, rows(0, 1000, null));
        Schema dimension = Schema.of(new Field("k", DataType.INT), new Field("g", DataType.INT));
        boolean[] nullGroup = {false, true, false, false, false};
        try (NativeTableWriter writer = new NativeTableWriter(data.resolve("dim"), dimension)) {
            writer.write(new Batch(new Vector[] {new IntVector(DataType.INT, new int[] {0, 1, 2, 3, 4}, null),
                new IntVector(DataType.INT, new int[] {10, 0, 10, 20, 20}, nullGroup)}, 5));
            writer.commit();
        }
        String query = "SELECT dim.g, SUM(f.m), COUNT(*), AVG(f.m) FROM f JOIN dim ON f.k = dim.k "
                + "WHERE f.d >= DATE '2022-02-01' GROUP BY dim.g ORDER BY dim.g";
        try (Session compiled = DifferentialRuns.sequential(data, CodegenMode.ON, 64).broadcastJoins(true).build();
             Session interpreted = DifferentialRuns.sequential(data, CodegenMode.OFF, 64).broadcastJoins(true).build()) {
            String code = ((StatementResult.Text) compiled.execute("EXPLAIN CODEGEN " + query)).text();
            assertThat(code).contains("HeadLocal[").doesNotContainPattern("Column\\d+NullLocal");
            DifferentialRuns.Outcome actual = DifferentialRuns.run(compiled, query);
            assertThat(actual.text()).isEqualTo(DifferentialRuns.run(interpreted, query).text());
            assertThat(actual.rows()).hasSize(3);
        }
    }

    /** The one group of an aggregation without keys exists for no rows too: its SUM is then NULL, not 0. */
    @Test
    void aSumWithoutKeysOverNoRowsIsNullCompiledToo() {
        write("t", NOT_NULL, rows(0, 1000, null));
        String query = "SELECT SUM(m), COUNT(*), AVG(m), SUM(k) FROM t WHERE k > 100";
        try (Session compiled = session(CodegenMode.ON); Session interpreted = session(CodegenMode.OFF)) {
            DifferentialRuns.Outcome actual = DifferentialRuns.run(compiled, query);
            assertThat(actual.allCompiled()).isTrue();
            assertThat(actual.rows()).containsExactly(DifferentialRuns.run(interpreted, query).rows().getFirst());
            assertThat(actual.rows().getFirst()).contains("null");
        }
    }
}
