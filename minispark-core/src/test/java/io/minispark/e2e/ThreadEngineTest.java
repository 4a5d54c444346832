package io.minispark.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.result.QueryResult;
import io.minispark.scheduler.Driver;
import io.minispark.scheduler.JobResult;
import io.minispark.scheduler.StageRun;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The thread engine's workers are its pool and the thread that runs the query: they take a stage's
 * jobs from one cursor, so every job runs once, results come back in job order whoever ran them, and
 * the query's thread (the last worker) does its share instead of waiting.
 */
class ThreadEngineTest extends EndToEndTestBase {
    @Test
    void everyJobRunsOnceInJobOrderAndTheQuerysThreadRunsSome() {
        Session session = session(new EngineSetup(EngineKind.THREADS, 3, false, 5, 0));
        Thread caller = Thread.currentThread();
        Set<Integer> workersOnCaller = ConcurrentHashMap.newKeySet();
        Driver.StageListener listener = new Driver.StageListener() {
            @Override
            public void jobFinished(JobResult job) {
                if (Thread.currentThread() == caller) {
                    workersOnCaller.add(job.workerId());
                }
            }
        };
        try (QueryResult result = session.sql("SELECT grp, count(*) AS c, sum(val) AS s FROM numbers_blocks GROUP BY grp")
                .queryExecution().execute(listener)) {
            assertThat(result.rows()).hasSize(7);
            StageRun scan = result.stages().getFirst();
            List<JobResult> jobs = scan.jobs();
            assertThat(jobs).hasSizeGreaterThan(10);
            assertThat(jobs.stream().map(j -> j.job().index()).toList())
                    .containsExactlyElementsOf(IntStream.range(0, jobs.size()).boxed().toList());
            assertThat(jobs).allMatch(j -> j.workerId() >= 0 && j.workerId() < 3);
            assertThat(workersOnCaller).as("the query's own thread ran jobs, as worker 2").containsExactly(2);
        }
    }
}
