package io.minispark.e2e;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import io.minispark.errors.MinisparkException;
import io.minispark.result.QueryResult;
import io.minispark.vector.Batch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Queries keep the shuffle, broadcast and result blocks that do not stay in memory as files in the
 * session's temporary folder while they run, and remove every one of them when the result is closed or
 * the query fails. (The base class checks the folder after every test of every class too; these tests
 * also look while a result is open, to prove the check is not vacuous.)
 */
class TemporaryFilesTest extends EndToEndTestBase {
    @TempDir
    Path scratchDir;

    private static DataFrame shufflingQuery(Session session) {
        DataFrame users = session.table("users").alias("u");
        DataFrame orders = session.table("orders").alias("o");
        return users.join(orders, col("u.user_id").equalTo(col("o.user_id")), "left")
                .groupBy(col("u.country")).agg(sum(col("o.price")), count()).orderBy(col("country"));
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void resultFilesExistWhileTheResultIsOpenAndVanishWhenClosed(EngineSetup setup) {
        Session session = session(setup);
        try (QueryResult result = shufflingQuery(session).execute()) {
            // The stage writers' figures say where their blocks went (EXPLAIN ANALYZE prints them).
            long spilled = 0;
            long inMemory = 0;
            for (var stage : result.metrics().stages()) {
                var writer = stage.operators().getLast();
                spilled += writer.spilledBytes();
                inMemory += writer.peakMemoryBytes();
            }
            if (setup.exchangeMemoryBytes() <= EngineMatrix.SPILLING_EXCHANGE_BYTES) {
                assertThat(filesUnder(queryTempDir)).as("blocks that did not fit the exchange memory").isNotEmpty();
            } else {
                assertThat(filesUnder(queryTempDir)).as("an exchange that fits in memory writes no file").isEmpty();
            }
            if (setup.exchangeMemoryBytes() == 0) {
                assertThat(spilled).as("files by design are no spill").isZero();
                assertThat(inMemory).isZero();
            } else if (setup.exchangeMemoryBytes() == EngineMatrix.SPILLING_EXCHANGE_BYTES) {
                assertThat(spilled).isPositive();
            } else {
                assertThat(spilled).isZero();
                assertThat(inMemory).isPositive();
            }
            assertThat(result.rows()).hasSize(3);
        }
        assertThat(filesUnder(queryTempDir)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void closingAPartlyReadResultRemovesItsFiles(EngineSetup setup) {
        Session session = session(setup);
        try (QueryResult result = session.table("numbers_blocks").execute()) {
            Iterator<Batch> batches = result.iterator();
            assertThat(batches.hasNext()).isTrue();
            batches.next();
        }
        assertThat(filesUnder(queryTempDir)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void collectCountShowAndExplainLeaveNothingBehind(EngineSetup setup) {
        Session session = session(setup);
        DataFrame df = shufflingQuery(session);
        assertThat(df.collect()).hasSize(3);
        assertThat(filesUnder(queryTempDir)).isEmpty();
        assertThat(df.count()).isEqualTo(3);
        assertThat(filesUnder(queryTempDir)).isEmpty();
        assertThat(df.showString(2)).contains("Canada");
        assertThat(filesUnder(queryTempDir)).isEmpty();
        assertThat(df.explainString()).contains("# Stage 0");
        assertThat(filesUnder(queryTempDir)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void failingQueryLeavesNothingBehind(EngineSetup setup) throws IOException {
        Session session = session(setup);
        // The bad line comes late, after several batches have already been shuffled.
        StringBuilder csv = new StringBuilder("k,v\n");
        for (int i = 0; i < 50; i++) {
            csv.append(i % 5).append(',').append(i).append('\n');
        }
        csv.append("9,not a number\n");
        Path file = Files.writeString(scratchDir.resolve("late_error.csv"), csv);
        DataFrame df = session.read().schema("k INT, v INT").csv(file.toString()).alias("a");
        DataFrame joined = df.join(session.table("users").alias("u"), col("a.k").equalTo(col("u.user_id")), "left")
                .groupBy(col("a.k")).agg(sum(col("a.v")));
        assertThatThrownBy(joined::collect).isInstanceOf(MinisparkException.class);
        assertThat(filesUnder(queryTempDir)).isEmpty();
        // The session still works after the failure.
        assertThat(session.table("users").count()).isEqualTo(14);
    }
}
