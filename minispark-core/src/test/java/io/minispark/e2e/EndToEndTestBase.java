package io.minispark.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import io.minispark.result.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every end-to-end test class shares: the data folder with {@link TestTables}, DuckDB with the
 * same tables, sessions opened per {@link EngineSetup}, and one check after every test: the
 * session's temporary folder is empty again, whatever the queries did (or failed to do).
 */
abstract class EndToEndTestBase {
    @TempDir
    static Path dataDir;
    static DuckDbOracle duckdb;

    /** Each test gets its own, so leftovers are attributed to the test that made them. */
    @TempDir
    Path queryTempDir;
    private final List<Session> sessions = new ArrayList<>();

    @BeforeAll
    static void createTables() {
        duckdb = new DuckDbOracle();
        TestTables.create(dataDir, duckdb);
    }

    @AfterAll
    static void closeDuckDb() {
        duckdb.close();
    }

    /** A session with this setup over the test tables; closed after the test. */
    Session session(EngineSetup setup) {
        Session session = setup.open(dataDir, queryTempDir);
        sessions.add(session);
        return session;
    }

    @AfterEach
    void closeSessionsAndCheckTemporaryFilesAreGone() {
        sessions.forEach(Session::close);
        assertThat(filesUnder(queryTempDir)).as("files left in the session's temporary folder").isEmpty();
    }

    static List<Path> filesUnder(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> !p.equals(dir)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The DataFrame gives the same rows as DuckDB for the SQL, in any order. */
    static void assertSameAsDuckDb(DataFrame df, String sql) {
        List<Row> actual = df.collect();
        ResultComparison.assertSameMultiset(actual, duckdb.query(sql), "compared with DuckDB: " + sql);
    }

    /** The DataFrame gives the same rows as DuckDB for the SQL, in the same order (for sorted queries). */
    static void assertSameOrderAsDuckDb(DataFrame df, String sql) {
        List<Row> actual = df.collect();
        ResultComparison.assertSameSequence(actual, duckdb.query(sql), "compared in order with DuckDB: " + sql);
    }

    /** Expected rows written by hand, in any order. */
    @SafeVarargs
    static void assertRows(DataFrame df, List<Object>... expected) {
        ResultComparison.assertSameMultiset(df.collect(), List.of(expected), "compared with the expected rows");
    }

    static List<Object> row(Object... values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            out.add(DuckDbOracle.normalize(v));
        }
        return out;
    }
}
