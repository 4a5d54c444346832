package io.minispark.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.EngineKind;
import io.minispark.codegen.CodegenMode;
import io.minispark.api.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the SQL corpus ({@code src/test/resources/sql/*.slt}) on every engine, with stage code
 * generation on and off, and several batch sizes; each cell must give exactly the expected rows. With {@code -Dminispark.slt.rewrite=true}
 * the expected rows are first rewritten from the sequential engine's output (review the diff!).
 */
class SqlCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/sql");
    static final Path SAMPLE = Path.of("../data/sample");
    private static final int[] BATCH_SIZES = {1, 3, 0};
    private static final boolean REWRITE = Boolean.getBoolean("minispark.slt.rewrite");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        for (Path file : corpusFiles()) {
            List<DynamicNode> cells = new ArrayList<>();
            if (REWRITE) {
                cells.add(DynamicTest.dynamicTest("rewrite expected rows", () -> rewrite(file)));
            }
            for (EngineKind engine : EngineKind.values()) {
                for (CodegenMode codegen : new CodegenMode[] {CodegenMode.ON, CodegenMode.OFF}) {
                    for (int batchSize : BATCH_SIZES) {
                        String name = engine.displayName() + ", codegen " + codegen.name().toLowerCase()
                                + ", batch " + (batchSize == 0 ? "default" : batchSize);
                        cells.add(DynamicTest.dynamicTest(name, () -> {
                            try (Session session = session(engine, codegen, batchSize)) {
                                List<String> failures = new SltRunner(session).run(SltFile.read(file));
                                assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
                            }
                        }));
                    }
                }
            }
            files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), cells));
        }
        return files.stream();
    }

    static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> paths = Files.list(CORPUS)) {
            return paths.filter(p -> p.toString().endsWith(".slt")).sorted(Comparator.naturalOrder()).toList();
        }
    }

    private void rewrite(Path file) throws IOException {
        try (Session session = session(EngineKind.SEQUENTIAL, CodegenMode.OFF, 0)) {
            SltRunner runner = new SltRunner(session);
            runner.run(SltFile.read(file));
            Files.writeString(file, SltFile.rewrite(file, runner.actualRows()));
        }
    }

    /** A session over a fresh copy of the sample data and the corpus's own tables, so files can create tables. */
    private Session session(EngineKind engine, CodegenMode codegen, int batchSize) throws IOException {
        Path data = Files.createTempDirectory(temp, "data");
        copyCsvs(SAMPLE, data);
        copyCsvs(CORPUS.resolve("data"), data);
        Session.Builder builder = Session.builder().dataDir(data).engine(engine).codegen(codegen).tempDir(temp)
                .shufflePartitions(3);
        if (batchSize > 0) {
            builder.batchSize(batchSize);
        }
        return builder.build();
    }

    static void copyCsvs(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
