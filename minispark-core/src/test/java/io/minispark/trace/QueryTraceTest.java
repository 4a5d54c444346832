package io.minispark.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.io.CsvImportOptions;
import io.minispark.io.CsvImporter;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.result.QueryResult;
import io.minispark.scheduler.JobResult;
import io.minispark.scheduler.StageRun;
import io.minispark.sql.StatementResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Traces a join + aggregation over native tables split into many blocks (so many jobs), on both
 * engines, and reads the Chrome trace file back with Jackson: every stage and job appears once,
 * jobs lie inside their stage, there is one track per worker, and the jobs' rows add up.
 */
class QueryTraceTest {
    static final int FACT_ROWS = 2000;
    static final int DIM_ROWS = 50;
    static final int ROWS_PER_BLOCK = 100;
    static final String QUERY = "SELECT d.name, COUNT(*) AS n, SUM(f.val) AS total FROM facts f JOIN dims d ON f.k = d.k "
            + "GROUP BY d.name";

    @TempDir
    static Path dataDir;

    @TempDir
    Path temp;

    @BeforeAll
    static void writeTables() throws IOException {
        StringBuilder facts = new StringBuilder("id,k,val\n");
        for (int i = 0; i < FACT_ROWS; i++) {
            facts.append(i).append(',').append(i % DIM_ROWS).append(',').append(i % 13).append('\n');
        }
        StringBuilder dims = new StringBuilder("k,name\n");
        for (int k = 0; k < DIM_ROWS; k++) {
            dims.append(k).append(",name").append(k % 7).append('\n');
        }
        importNative(Files.writeString(dataDir.resolve("facts.csv"), facts), dataDir.resolve("facts"));
        importNative(Files.writeString(dataDir.resolve("dims.csv"), dims), dataDir.resolve("dims"));
    }

    private static void importNative(Path csv, Path table) {
        CsvImporter.importCsv(csv, table, null, CsvImportOptions.defaults()
                .withBlocks(BlockFileOptions.defaults().withMaxRowsPerBlock(ROWS_PER_BLOCK)));
        try {
            Files.delete(csv);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}, broadcast {1}")
    @CsvSource({"SEQUENTIAL, true", "SEQUENTIAL, false", "THREADS, true", "THREADS, false"})
    void everyStageAndJobAppearsOnceInsideItsStage(EngineKind engine, boolean broadcast) throws IOException {
        Path traceFile = temp.resolve("trace.json");
        List<StageRun> runs;
        try (Session session = Session.builder().dataDir(dataDir).engine(engine).threads(2).shufflePartitions(3).blocksPerSplit(1)
                .broadcastJoins(broadcast).tempDir(temp).traceFile(traceFile).build()) {
            StatementResult.Query query = (StatementResult.Query) session.execute(QUERY);
            try (QueryResult result = query.dataFrame().execute()) {
                assertThat(result.rows()).hasSize(7);
                runs = result.stages();
            }
        }
        JsonNode events = new ObjectMapper().readTree(traceFile.toFile()).get("traceEvents");

        Map<Long, String> trackNames = new HashMap<>();
        Map<Integer, JsonNode> stageSpans = new HashMap<>();
        Map<List<Integer>, JsonNode> jobSpans = new HashMap<>();
        Map<Integer, JsonNode> compileSpans = new HashMap<>();
        List<String> driverPhases = new ArrayList<>();
        for (JsonNode event : events) {
            String phase = event.get("ph").asText();
            if (phase.equals("M") && event.get("name").asText().equals("thread_name")) {
                trackNames.put(event.get("tid").asLong(), event.get("args").get("name").asText());
            } else if (phase.equals("X")) {
                switch (event.get("cat").asText()) {
                    case "stage" -> assertThat(stageSpans.put(event.get("args").get("stage").asInt(), event))
                            .as("second span of stage %s", event.get("args").get("stage")).isNull();
                    case "job" -> assertThat(jobSpans.put(List.of(event.get("args").get("stage").asInt(),
                            event.get("args").get("job").asInt()), event)).as("second span of job %s", event.get("name")).isNull();
                    case "driver" -> driverPhases.add(event.get("name").asText());
                    case "compile" -> assertThat(compileSpans.put(event.get("args").get("stage").asInt(), event))
                            .as("second compile span of stage %s", event.get("args").get("stage")).isNull();
                    default -> throw new AssertionError("unexpected category " + event.get("cat"));
                }
            }
        }

        assertThat(driverPhases).startsWith("parse", "analyze").contains("optimize", "plan");
        assertThat(stageSpans.keySet()).isEqualTo(new HashSet<>(runs.stream().map(r -> r.stage().id()).toList()));
        Set<List<Integer>> expectedJobs = new HashSet<>();
        for (StageRun run : runs) {
            for (JobResult job : run.jobs()) {
                expectedJobs.add(List.of(job.job().stageId(), job.job().index()));
            }
        }
        assertThat(jobSpans.keySet()).isEqualTo(expectedJobs);
        // 2000 fact rows in blocks of 100, one block per job: the fact scan alone has 20 jobs.
        assertThat(jobSpans.size()).isGreaterThan(FACT_ROWS / ROWS_PER_BLOCK);

        for (JsonNode job : jobSpans.values()) {
            JsonNode stage = stageSpans.get(job.get("args").get("stage").asInt());
            double stageStart = stage.get("ts").asDouble();
            double stageEnd = stageStart + stage.get("dur").asDouble();
            assertThat(job.get("ts").asDouble()).as("start of %s", job.get("name")).isGreaterThanOrEqualTo(stageStart);
            assertThat(job.get("ts").asDouble() + job.get("dur").asDouble()).as("end of %s", job.get("name"))
                    .isLessThanOrEqualTo(stageEnd + 0.001);
            assertThat(job.get("tid").asLong()).isNotEqualTo(TraceRecorder.DRIVER_TRACK);
            assertThat(trackNames.get(job.get("tid").asLong())).startsWith("worker ");
        }
        // The thread engine compiles every stage once, on the driver's compiler track, before its jobs
        // start (later stages while earlier ones run).
        if (engine == EngineKind.THREADS) {
            assertThat(compileSpans.keySet()).isEqualTo(stageSpans.keySet());
            assertThat(trackNames.get(TraceRecorder.COMPILER_TRACK)).isEqualTo("stage compiler");
            for (JsonNode compile : compileSpans.values()) {
                int stageId = compile.get("args").get("stage").asInt();
                assertThat(compile.get("tid").asLong()).isEqualTo(TraceRecorder.COMPILER_TRACK);
                double compileEnd = compile.get("ts").asDouble() + compile.get("dur").asDouble();
                jobSpans.forEach((key, job) -> {
                    if (key.get(0) == stageId) {
                        assertThat(job.get("ts").asDouble()).as("job %s after its stage's compilation", key)
                                .isGreaterThanOrEqualTo(compileEnd - 0.001);
                    }
                });
            }
        } else {
            assertThat(compileSpans).as("the sequential engine runs interpreted").isEmpty();
        }
        long workerTracks = trackNames.values().stream().filter(n -> n.startsWith("worker ")).count();
        assertThat(workerTracks).isEqualTo(engine == EngineKind.THREADS ? 2 : 1);
        assertThat(jobSpans.values().stream().map(j -> j.get("tid").asLong()).distinct().count()).isEqualTo(workerTracks);

        List<JsonNode> scanJobs = jobSpans.values().stream().filter(j -> j.get("args").get("kind").asText().equals("scan")).toList();
        assertThat(scanJobs.stream().mapToLong(j -> j.get("args").get("rows_scanned").asLong()).sum())
                .isEqualTo(FACT_ROWS + DIM_ROWS);
        if (!broadcast) {
            // Without a broadcast, a scan job reads nothing but its table split.
            assertThat(scanJobs.stream().mapToLong(j -> j.get("args").get("rows_in").asLong()).sum()).isEqualTo(FACT_ROWS + DIM_ROWS);
        }
        for (JsonNode stage : stageSpans.values()) {
            int id = stage.get("args").get("stage").asInt();
            long jobRowsOut = jobSpans.values().stream().filter(j -> j.get("args").get("stage").asInt() == id)
                    .mapToLong(j -> j.get("args").get("rows_out").asLong()).sum();
            assertThat(jobRowsOut).as("rows written by stage %d's jobs", id).isEqualTo(stage.get("args").get("rows_out").asLong());
        }
    }
}
