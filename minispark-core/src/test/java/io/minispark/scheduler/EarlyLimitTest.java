package io.minispark.scheduler;

import static io.minispark.api.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.DataFrame;
import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.io.NativeTableWriter;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.result.QueryResult;
import io.minispark.result.Row;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** A LIMIT over a large scan stops early: fewer jobs run than the table has splits, and the answer is right. */
class EarlyLimitTest {
    @TempDir
    Path data;

    private void writeNumbers(int rows, int rowsPerBlock) {
        Schema schema = Schema.of(new Field("n", DataType.BIGINT));
        long[] values = new long[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = i;
        }
        try (NativeTableWriter writer = new NativeTableWriter(data.resolve("numbers"), schema,
                new BlockFileOptions(rowsPerBlock, 1 << 20), Long.MAX_VALUE, false)) {
            writer.write(new Batch(new Vector[] {new LongVector(DataType.BIGINT, values, null)}, rows));
            writer.commit();
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aLimitRunsOnlyTheJobsItNeeds(EngineKind engine) {
        writeNumbers(2000, 10);
        try (Session session = Session.builder().dataDir(data).engine(engine).threads(2).build()) {
            DataFrame df = session.table("numbers").limit(5);
            try (QueryResult result = df.execute()) {
                assertThat(result.rows()).hasSize(5);
                assertThat(result.stages().get(0).jobs().size()).isLessThan(200);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void rowsFoundOnlyInLateSplitsAreStillFound(EngineKind engine) {
        writeNumbers(2000, 10);
        try (Session session = Session.builder().dataDir(data).engine(engine).threads(2).build()) {
            List<Row> rows = session.table("numbers").filter(col("n").geq(1990L)).limit(20).collect();
            assertThat(rows.stream().map(r -> r.getLong(0)).sorted().toList())
                    .containsExactly(1990L, 1991L, 1992L, 1993L, 1994L, 1995L, 1996L, 1997L, 1998L, 1999L);
        }
    }
}
