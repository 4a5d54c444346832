package io.minispark.tpch;

import io.minispark.api.EngineKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 22 TPC-H queries at SF 0.1 on both engines against DuckDB. Part of every build (about a
 * minute with data generation); {@code -Dtpch.sf01=false} skips it.
 */
@EnabledIfSystemProperty(named = "tpch.sf01", matches = "true")
class TpchSf01Test {
    @TempDir
    static Path dir;

    private static TpchCorrectness check;

    @BeforeAll
    static void generate() {
        check = new TpchCorrectness(0.1, dir, Duration.ofMinutes(3), Map.of());
    }

    @AfterAll
    static void report() {
        if (check != null) {
            System.out.println(check.summary("TPC-H SF 0.1 against DuckDB:"));
            check.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> sequentialEngine() {
        return check.tests(EngineKind.SEQUENTIAL);
    }

    @TestFactory
    Stream<DynamicTest> threadsEngine() {
        return check.tests(EngineKind.THREADS);
    }
}
