package io.minispark.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.result.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential tests against DuckDB: the corpus's queries (those not marked {@code nodiff}, where
 * the dialects differ) on the same CSV files, and templated queries over random tables with NULLs.
 * Results must agree as multisets, or in order when the query orders them. Set
 * {@code -Dminispark.diff.seed=N} to replay a random run; the seed is printed and in the test names.
 */
class DuckDbDifferentialTest {
    private static final int SEEDS = 4;

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicNode> corpusAgreesWithDuckDb() throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        for (Path file : SqlCorpusTest.corpusFiles()) {
            files.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> compareCorpusFile(file)));
        }
        return files.stream();
    }

    private void compareCorpusFile(Path file) throws Exception {
        Path data = Files.createTempDirectory(temp, "data");
        SqlCorpusTest.copyCsvs(SqlCorpusTest.SAMPLE, data);
        SqlCorpusTest.copyCsvs(SqlCorpusTest.CORPUS.resolve("data"), data);
        List<String> failures = new ArrayList<>();
        int compared = 0;
        try (Session session = Session.builder().dataDir(data).engine(EngineKind.THREADS).tempDir(temp).build();
             DuckDb duck = new DuckDb()) {
            try (Stream<Path> csvs = Files.list(data)) {
                for (Path csv : csvs.toList()) {
                    duck.loadCsv(csv.getFileName().toString().replace(".csv", ""), csv, null);
                }
            }
            for (SltRecord record : SltFile.read(file).records()) {
                if (!record.differential()) {
                    continue;
                }
                String where = file.getFileName() + ":" + record.line();
                switch (record.kind()) {
                    case STATEMENT_OK -> {
                        session.execute(record.sql()).rows();
                        duck.execute(record.sql());
                    }
                    case QUERY -> {
                        List<List<Object>> ours = rows(session.execute(record.sql()).rows());
                        List<List<Object>> theirs = duck.query(record.sql());
                        String difference = ResultComparison.difference(theirs, ours, !record.rowsort());
                        if (difference != null) {
                            failures.add(where + ": " + record.sql() + "\n" + difference);
                        }
                        compared++;
                    }
                    case STATEMENT_ERROR -> {
                    }
                }
            }
        }
        assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
        boolean hasQueries = SltFile.read(file).records().stream()
                .anyMatch(r -> r.kind() == SltRecord.Kind.QUERY && r.differential());
        assertThat(compared > 0).as("queries compared in " + file).isEqualTo(hasQueries);
    }

    @TestFactory
    Stream<DynamicNode> randomTablesAgreeWithDuckDb() {
        long base = Long.getLong("minispark.diff.seed", System.nanoTime() % 1_000_000);
        System.out.println("DuckDbDifferentialTest random seed base: " + base + " (replay with -Dminispark.diff.seed=" + base + ")");
        List<DynamicNode> seeds = new ArrayList<>();
        for (int i = 0; i < SEEDS; i++) {
            long seed = base + i;
            RandomTables tables = new RandomTables(seed);
            List<DynamicNode> queries = new ArrayList<>();
            List<RandomTables.Query> generated = tables.queries();
            for (int q = 0; q < generated.size(); q++) {
                RandomTables.Query query = generated.get(q);
                queries.add(DynamicTest.dynamicTest("query " + q + ": " + query.sql(), () -> compareRandom(tables, query)));
            }
            seeds.add(DynamicContainer.dynamicContainer("seed " + seed, queries));
        }
        return seeds.stream();
    }

    private void compareRandom(RandomTables tables, RandomTables.Query query) throws Exception {
        Path data = Files.createTempDirectory(temp, "random");
        tables.writeCsvs(data);
        try (Session session = Session.builder().dataDir(data).engine(EngineKind.THREADS).batchSize(7)
                .shufflePartitions(3).tempDir(temp).build();
             DuckDb duck = new DuckDb()) {
            tables.load(duck, data);
            List<List<Object>> ours = rows(session.sql(query.sql()).collect());
            List<List<Object>> theirs = duck.query(query.sql());
            String difference = ResultComparison.difference(theirs, ours, query.ordered());
            assertThat(difference).as("seed " + tables.seed() + ": " + query.sql() + "\n" + difference).isNull();
        }
    }

    private static List<List<Object>> rows(List<Row> rows) {
        return rows.stream().map(r -> new ArrayList<>(r.values())).map(r -> (List<Object>) r).toList();
    }
}
