package io.minispark.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.result.QueryResult;
import io.minispark.sql.StatementResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * EXPLAIN ANALYZE and {@link QueryResult#metrics()} on the sample data: exact rows in and out per
 * operator and stage, job counts, and figures that must be there (memory of aggregates, no spills).
 * users has 14 rows; 5 are older than 30, from 3 countries (UK, USA, Canada); orders has 15 rows,
 * each with a known user.
 */
class ExplainAnalyzeTest {
    private static final Pattern ANNOTATED = Pattern.compile(
            "^\\s*(?:\\+-\\s+)?(\\w+)\\(.*\\[rows in=(\\d+) out=(\\d+), time=([0-9.]+) ms, peak memory=([^,]+), spilled=0 B]$");
    private static final Pattern STAGE = Pattern.compile("^# Stage (\\d+): (\\d+) jobs?, .*\\(skew ([0-9.]+)x\\); read (\\d+) rows .*, wrote (\\d+) rows .*");

    @TempDir
    Path temp;

    private Session session(EngineKind engine, boolean broadcast) {
        return Session.builder().dataDir(Path.of("../data/sample")).engine(engine).threads(2).shufflePartitions(3)
                .broadcastJoins(broadcast).tempDir(temp).build();
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void annotatesEveryOperatorWithExactRowCounts(EngineKind engine) {
        String text;
        try (Session session = session(engine, true)) {
            text = ((StatementResult.Text) session.execute(
                    "EXPLAIN ANALYZE SELECT country, COUNT(*) AS n FROM users WHERE age > 30 GROUP BY country ORDER BY country")).text();
        }
        String execution = text.substring(text.indexOf("== Execution =="));
        List<String> stages = new ArrayList<>();
        List<String> operators = new ArrayList<>();
        for (String line : execution.lines().toList()) {
            Matcher stage = STAGE.matcher(line);
            if (stage.matches()) {
                stages.add(stage.group(1) + ": " + stage.group(2) + " jobs, read " + stage.group(4) + ", wrote " + stage.group(5));
                assertThat(Double.parseDouble(stage.group(3))).isGreaterThanOrEqualTo(1.0);
            }
            Matcher operator = ANNOTATED.matcher(line);
            if (operator.matches()) {
                operators.add(operator.group(1) + " " + operator.group(2) + "->" + operator.group(3));
                if (operator.group(1).equals("HashAggregate") || operator.group(1).equals("Sort")) {
                    assertThat(operator.group(5)).as("peak memory of %s", line).isNotEqualTo("0 B");
                }
            }
        }
        assertThat(stages).containsExactly("0: 1 jobs, read 14, wrote 3", "1: 3 jobs, read 3, wrote 3", "2: 1 jobs, read 3, wrote 3");
        assertThat(operators).containsExactly(
                "WriteToShufflePartitions 3->3", "HashAggregate 5->3", "Filter 14->5", "Scan 14->14",
                "WriteToShufflePartitions 3->3", "HashAggregate 3->3", "LoadShuffleFiles 3->3",
                "WriteToLocalFile 3->3", "Sort 3->3", "LoadShuffleFiles 3->3");
        assertThat(execution).contains("Result: 3 rows in ");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void metricsOfAShuffleJoin(EngineKind engine) {
        try (Session session = session(engine, false);
             QueryResult result = session.sql("SELECT u.country, COUNT(*) AS n FROM users u JOIN orders o "
                     + "ON u.user_id = o.user_id GROUP BY u.country").execute()) {
            assertThat(result.rows()).hasSize(3);
            QueryMetrics metrics = result.metrics();
            assertThat(metrics.stages()).extracting(StageMetrics::jobs).containsExactly(1, 1, 3, 3);
            assertThat(metrics.jobs()).isEqualTo(8);
            StageMetrics users = metrics.stage(0);
            StageMetrics orders = metrics.stage(1);
            assertThat(users.operator("Scan").rowsOut() + orders.operator("Scan").rowsOut()).isEqualTo(14 + 15);
            assertThat(users.rowsOut() + orders.rowsOut()).isEqualTo(29);
            StageMetrics join = metrics.stage(2);
            OperatorFigures hashJoin = join.operator("HashJoin");
            assertThat(hashJoin.rowsIn()).isEqualTo(29);
            assertThat(hashJoin.rowsOut()).isEqualTo(15);
            assertThat(hashJoin.peakMemoryBytes()).isPositive();
            assertThat(join.operators("LoadShuffleFiles")).extracting(OperatorFigures::rowsOut).containsExactlyInAnyOrder(14L, 15L);
            assertThat(join.operator("HashAggregate").rowsOut()).isEqualTo(join.rowsOut());
            assertThat(metrics.stage(3).operator("HashAggregate").rowsOut()).isEqualTo(3);
            for (StageMetrics stage : metrics.stages()) {
                assertThat(stage.slowestJobNanos()).isGreaterThanOrEqualTo(stage.medianJobNanos()).isPositive();
                assertThat(stage.skew()).isGreaterThanOrEqualTo(1.0);
                assertThat(stage.wallNanos()).isGreaterThanOrEqualTo(stage.slowestJobNanos());
                assertThat(stage.operators()).allSatisfy(o -> assertThat(o.spilledBytes()).isZero());
                assertThat(stage.operators().get(stage.operators().size() - 1).rowsOut()).isEqualTo(stage.rowsOut());
            }
        }
    }
}
