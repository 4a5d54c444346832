package io.minispark.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.Session;
import io.minispark.codegen.DifferentialRuns.Outcome;
import io.minispark.io.NativeTableWriter;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiled inner joins against a build table too large to count as cache-resident (more slots than
 * {@link JoinCodeGenerator#CACHED_SLOTS}), probed by blocks far longer than the probe buffer
 * ({@link JoinCodeGenerator#BATCH} rows): the path the small random tables of
 * {@link CompiledJoinDifferentialTest} never take. Duplicate build keys, NULL keys on both sides and
 * probe keys without a match are all present; results must equal the interpreter's row for row.
 */
class BatchedJoinProbeTest {
    private static final int BUILD_ROWS = 20_000;
    private static final int PROBE_ROWS = 12_000;

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT p.v, b.s, b.k FROM pt p JOIN bt b ON p.k = b.k",
        "SELECT p.v, b.s FROM pt p JOIN bt b ON p.k = b.k AND p.s = b.s",
        "SELECT b.s, COUNT(*), SUM(p.v) FROM pt p JOIN bt b ON p.k = b.k WHERE p.v % 3 <> 0 GROUP BY b.s",
        "SELECT p.v, b.k FROM pt p JOIN bt b ON p.k = b.k LIMIT 1500"
    })
    void largeTablesProbeInBatchesAsTheInterpreterDoes(String sql) {
        assertThat(2L * BUILD_ROWS).isGreaterThan(JoinCodeGenerator.CACHED_SLOTS);
        assertThat(PROBE_ROWS).isGreaterThan(JoinCodeGenerator.BATCH);
        Random random = new Random(42);
        write("bt", BUILD_ROWS, random, BUILD_ROWS * 3 / 4);
        write("pt", PROBE_ROWS, random, BUILD_ROWS);
        try (Session compiled = session(CodegenMode.ON); Session interpreted = session(CodegenMode.OFF)) {
            Outcome actual = DifferentialRuns.run(compiled, sql);
            Outcome expected = DifferentialRuns.run(interpreted, sql);
            assertThat(actual.error()).as(sql).isNull();
            assertThat(actual.allCompiled()).as("every stage of " + sql + " compiled").isTrue();
            assertThat(actual.rows()).as(sql).isNotEmpty();
            assertThat(actual.text(sql.contains("GROUP BY"))).as(sql).isEqualTo(expected.text(sql.contains("GROUP BY")));
        }
    }

    private Session session(CodegenMode codegen) {
        return DifferentialRuns.sequential(data, codegen, 4096).broadcastJoins(true).build();
    }

    /** {@code k} drawn from {@code [0, keys)} (so duplicates and unmatched keys), NULL for 1 row in 50. */
    private void write(String name, int rows, Random random, int keys) {
        Schema schema = Schema.of(new Field("k", DataType.BIGINT), new Field("s", DataType.STRING), new Field("v", DataType.INT));
        long[] k = new long[rows];
        boolean[] kNull = new boolean[rows];
        int[] v = new int[rows];
        StringBuilder text = new StringBuilder();
        int[] offsets = new int[rows + 1];
        for (int i = 0; i < rows; i++) {
            k[i] = random.nextInt(keys);
            kNull[i] = random.nextInt(50) == 0;
            v[i] = random.nextInt(1000);
            text.append("s").append(k[i] % 7);
            offsets[i + 1] = text.length();
        }
        Vector[] columns = {new LongVector(DataType.BIGINT, k, kNull),
            new StringVector(DataType.STRING, text.toString().getBytes(StandardCharsets.UTF_8), offsets, null),
            new IntVector(DataType.INT, v, null)};
        try (NativeTableWriter writer = new NativeTableWriter(data.resolve(name), schema,
                new BlockFileOptions(PROBE_ROWS, 1 << 24), Long.MAX_VALUE, false)) {
            writer.write(new Batch(columns, rows));
            writer.commit();
        }
    }
}
