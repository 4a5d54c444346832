package io.minispark.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.SeedExampleTest;
import io.minispark.api.Session;
import io.minispark.exchange.ShuffleBlock;
import io.minispark.exec.MemoryBudget;
import io.minispark.codegen.StageCompilation;
import io.minispark.physical.Stage;
import io.minispark.result.QueryResult;
import io.minispark.result.Row;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stages and jobs are plain data: after a serialization round trip (what shipping them to another
 * process will do) they run and give the same answer.
 */
class PlainDataStagesTest {
    @TempDir
    Path temp;

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    /** An engine that ships every job through serialization before running it, as a remote worker would. */
    private static final class ShippingEngine implements ExecutionEngine {
        int shipped;

        @Override
        public String name() {
            return "shipping";
        }

        @Override
        public int parallelism() {
            return 1;
        }

        @Override
        public List<JobResult> run(Stage stage, List<Job> jobs, QueryContext query, StageCompilation compilation) {
            List<JobResult> results = new ArrayList<>();
            try {
                Stage remoteStage = roundTrip(stage);
                for (Job job : jobs) {
                    Job remoteJob = roundTrip(job);
                    shipped++;
                    results.add(roundTrip(JobExecution.run(remoteStage, remoteJob, query, 7)));
                }
            } catch (IOException | ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            return results;
        }
    }

    @Test
    void serializedStagesAndJobsRunToTheSameResult() throws Exception {
        try (Session session = Session.builder().dataDir(Path.of("../data/sample")).broadcastJoins(false).shufflePartitions(3).build()) {
            List<Stage> stages = roundTrip(new ArrayList<>(SeedExampleTest.seedQuery(session).queryExecution().stages()));
            assertThat(stages).hasSize(4);
            ShippingEngine engine = new ShippingEngine();
            QueryContext context = new QueryContext(temp.resolve("query"), 2, MemoryBudget.unlimited(), new AtomicBoolean());
            List<StageRun> runs = new Driver(engine, 1).run(stages, context, Driver.StageListener.NONE);
            List<ShuffleBlock> blocks = new ArrayList<>();
            runs.get(runs.size() - 1).jobs().forEach(j -> blocks.addAll(j.output().blocks().values()));
            assertThat(blocks).allMatch(b -> b instanceof ShuffleBlock.File); // a context without exchange buffers writes files
            try (QueryResult result = new QueryResult(SeedExampleTest.seedQuery(session).schema(), blocks, null, runs, () -> { })) {
                assertThat(result.rows()).containsExactlyInAnyOrder(io.minispark.result.Row.of("UK", 4L, 2002.0), Row.of("USA", 7L, 4535.0));
            }
            assertThat(engine.shipped).isEqualTo(1 + 1 + 3 + 3);
            try (Stream<Path> workerFolders = Files.list(temp.resolve("query"))) {
                assertThat(workerFolders.map(p -> p.getFileName().toString())).containsExactly("worker-7");
            }
        }
    }
}
