package io.minispark.tpch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.result.QueryResult;
import io.minispark.scheduler.JobResult;
import io.minispark.scheduler.StageRun;
import io.minispark.sql.StatementResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Traces TPC-H queries at SF 0.01 on every engine, with and without compiled stages, and reads the
 * Chrome trace back: every stage and job appears once, each job lies inside its stage's span, there
 * is one track per worker, and the rows the scan jobs read add up to the scanned tables' rows.
 */
class TpchTraceTest {
    @TempDir
    static Path data;

    @TempDir
    Path temp;

    @BeforeAll
    static void generate() {
        new TpchGenerator(0.01, 2).generate(data, EnumSet.of(TpchGenerator.Format.NATIVE), result -> { });
    }

    private static long rowCount(Session session, String table) {
        return session.sql("SELECT count(*) FROM " + table).collect().get(0).getLong(0);
    }

    @ParameterizedTest(name = "Q{0} on {1}, codegen {2}")
    @CsvSource({"1, THREADS, on", "1, THREADS, off", "1, SEQUENTIAL, off", "3, THREADS, on", "3, SEQUENTIAL, off"})
    void tracesEveryStageAndJobOnce(int query, EngineKind engine, String codegen) throws IOException {
        Path traceFile = temp.resolve("trace.json");
        List<StageRun> runs;
        long scannedRows;
        try (Session session = Session.builder().dataDir(data).engine(engine).threads(2).codegen(codegen)
                .tempDir(temp).build()) {
            scannedRows = query == 1 ? rowCount(session, "lineitem")
                    : rowCount(session, "customer") + rowCount(session, "orders") + rowCount(session, "lineitem");
            session.startTrace(traceFile);
            StatementResult.Query statement = (StatementResult.Query) session.execute(TpchQueries.text(query));
            try (QueryResult result = statement.dataFrame().execute()) {
                assertThat(result.rows()).isNotEmpty();
                runs = result.stages();
            }
            session.stopTrace();
        }
        JsonNode events = new ObjectMapper().readTree(traceFile.toFile()).get("traceEvents");
        Map<Long, String> tracks = new HashMap<>();
        Map<Integer, JsonNode> stages = new HashMap<>();
        Map<List<Integer>, JsonNode> jobs = new HashMap<>();
        for (JsonNode event : events) {
            String phase = event.get("ph").asText();
            if (phase.equals("M") && event.get("name").asText().equals("thread_name")) {
                tracks.put(event.get("tid").asLong(), event.get("args").get("name").asText());
            } else if (phase.equals("X") && event.get("cat").asText().equals("stage")) {
                assertThat(stages.put(event.get("args").get("stage").asInt(), event)).as("a second span of a stage").isNull();
            } else if (phase.equals("X") && event.get("cat").asText().equals("job")) {
                List<Integer> key = List.of(event.get("args").get("stage").asInt(), event.get("args").get("job").asInt());
                assertThat(jobs.put(key, event)).as("a second span of job %s", key).isNull();
            }
        }
        assertThat(stages.keySet()).isEqualTo(new HashSet<>(runs.stream().map(r -> r.stage().id()).toList()));
        Set<List<Integer>> expectedJobs = new HashSet<>();
        runs.forEach(r -> r.jobs().forEach((JobResult j) -> expectedJobs.add(List.of(j.job().stageId(), j.job().index()))));
        assertThat(jobs.keySet()).isEqualTo(expectedJobs);
        for (JsonNode job : jobs.values()) {
            JsonNode stage = stages.get(job.get("args").get("stage").asInt());
            double start = stage.get("ts").asDouble();
            double end = start + stage.get("dur").asDouble();
            assertThat(job.get("ts").asDouble()).isGreaterThanOrEqualTo(start);
            assertThat(job.get("ts").asDouble() + job.get("dur").asDouble()).isLessThanOrEqualTo(end + 0.001);
            assertThat(tracks.get(job.get("tid").asLong())).startsWith("worker ");
        }
        List<Long> workerTracks = new ArrayList<>(tracks.entrySet().stream()
                .filter(t -> t.getValue().startsWith("worker ")).map(Map.Entry::getKey).toList());
        assertThat(workerTracks).hasSize(engine == EngineKind.THREADS ? 2 : 1);
        assertThat(workerTracks).containsAll(jobs.values().stream().map(j -> j.get("tid").asLong()).distinct().toList());
        long scanned = jobs.values().stream().filter(j -> j.get("args").get("kind").asText().equals("scan"))
                .mapToLong(j -> j.get("args").get("rows_scanned").asLong()).sum();
        if (query == 1) {
            assertThat(scanned).as("rows read by the scan jobs").isEqualTo(scannedRows);
        } else {
            // Block skipping may leave whole blocks unread, never more rows than the tables hold.
            assertThat(scanned).as("rows read by the scan jobs").isPositive().isLessThanOrEqualTo(scannedRows);
        }
    }
}
