package io.minispark.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.result.QueryResult;
import io.minispark.scheduler.StageRun;
import io.minispark.sql.StatementResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled stages: the cache makes a repeated query compile nothing; EXPLAIN says what is compiled. */
class CompiledStageCacheTest {
    private static final Path SAMPLE = Path.of("../data/sample");
    private static final String QUERY = "SELECT country, COUNT(*), SUM(age), AVG(age) FROM users WHERE age > 18 AND "
            + "first_name LIKE '%a%' GROUP BY country";

    @TempDir
    Path temp;

    private Session session() {
        return Session.builder().dataDir(SAMPLE).engine(EngineKind.THREADS).threads(2).tempDir(temp).build();
    }

    @Test
    void aRepeatedQueryCompilesNothing() {
        try (Session session = session()) {
            List<List<Object>> first = rows(session);
            long compilations = CompiledStageCache.shared().compilations();
            try (QueryResult result = session.sql(QUERY + " ").execute()) {
                for (StageRun run : result.stages()) {
                    assertThat(run.compilation().compiled()).isTrue();
                    assertThat(run.compilation().cacheHit()).isTrue();
                    assertThat(run.compilation().compileNanos()).isZero();
                }
                assertThat(result.rows().stream().map(r -> List.of(r.toString())).toList()).hasSameSizeAs(first);
            }
            assertThat(CompiledStageCache.shared().compilations()).isEqualTo(compilations);
        }
    }

    private List<List<Object>> rows(Session session) {
        try (QueryResult result = session.sql(QUERY).execute()) {
            for (StageRun run : result.stages()) {
                assertThat(run.compilation().compiled()).as(run.compilation().describe()).isTrue();
            }
            return result.rows().stream().map(r -> List.<Object>of(r.toString())).toList();
        }
    }

    @Test
    void concurrentRequestsForOneSourceCompileItOnceAndAllGetTheClass() throws Exception {
        CompiledStageCache cache = new CompiledStageCache();
        String source = "public final class RaceJob extends io.minispark.codegen.GeneratedStage {\n"
                + "    protected void execute() {\n        rowsOut = new long[0];\n    }\n}\n";
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CompiledStageCache.Lookup>> lookups = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                lookups.add(pool.submit(() -> {
                    start.await();
                    return cache.get("RaceJob", source);
                }));
            }
            Class<?> compiled = lookups.getFirst().get().compiledClass();
            assertThat(compiled).isNotNull();
            for (Future<CompiledStageCache.Lookup> lookup : lookups) {
                assertThat(lookup.get().compiledClass()).isSameAs(compiled);
            }
            assertThat(cache.compilations()).isEqualTo(1);
            assertThat(cache.hits()).isEqualTo(threads - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void explainMarksCompiledAndInterpretedStages() {
        try (Session session = session()) {
            String plan = ((StatementResult.Text) session.execute("EXPLAIN " + QUERY + " ORDER BY 1")).text();
            assertThat(plan).contains("# Stage 0 (compiled)").contains("(interpreted: sort is not compiled)");
            String code = ((StatementResult.Text) session.execute("EXPLAIN CODEGEN " + QUERY)).text();
            assertThat(code).contains("public final class Stage0Job").contains("agg").contains("Find(");
            String analyzed = ((StatementResult.Text) session.execute("EXPLAIN ANALYZE " + QUERY)).text();
            assertThat(analyzed).containsPattern("compiled (Stage0Job in [0-9.]+ ms|\\(cached Stage0Job\\))");
        }
    }

    @Test
    void requiredCompilationMakesFallbackAnError() {
        StageCompiler.setRequireCompiled(true);
        try (Session session = session()) {
            assertThatThrownBy(() -> session.sql("SELECT * FROM users ORDER BY age").execute().close())
                    .hasMessageContaining("required to compile").hasMessageContaining("sort is not compiled");
        } finally {
            StageCompiler.setRequireCompiled(false);
        }
    }
}
