package io.minispark.physical;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import io.minispark.api.SeedExampleTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * EXPLAIN output of the seed's query compared with golden files. Run with
 * {@code -Dminispark.updateGolden=true} to rewrite them; review that diff like code.
 */
class GoldenExplainTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static String explain(boolean broadcast) {
        // The seed's format: stage headers without code generation marks (CompiledStageCacheTest checks those).
        try (Session session = Session.builder().dataDir(Path.of("../data/sample")).shufflePartitions(4)
                .broadcastJoins(broadcast).codegen(io.minispark.codegen.CodegenMode.OFF).build()) {
            DataFrame df = SeedExampleTest.seedQuery(session);
            return df.explainString();
        }
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("minispark.updateGolden") || !Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void seedQueryWithoutBroadcastHasTheSeedsFourStages() throws IOException {
        String explain = explain(false);
        assertThat(explain).contains("# Stage 0", "# Stage 1", "# Stage 2", "# Stage 3").doesNotContain("# Stage 4");
        assertThat(explain).contains("HashJoin((u.user_id) == (o.user_id), \"inner\", build: left)");
        assertGolden("seed_shuffle_join.txt", explain);
    }

    @Test
    void seedQueryWithBroadcastBroadcastsTheSmallSide() throws IOException {
        String explain = explain(true);
        assertThat(explain).contains("WriteBroadcast()", "BroadcastHashJoin(", "LoadBroadcast(stage 0)");
        assertThat(explain).doesNotContain("WriteToShufflePartitions(u.user_id").doesNotContain("WriteToShufflePartitions(o.user_id");
        assertGolden("seed_broadcast_join.txt", explain);
    }
}
