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
import org.junit.jupiter.api.io.TempDir;

/** The 22 TPC-H queries at SF 0.01 on both engines, each answer compared with DuckDB's on the same data. */
class TpchSf001Test {
    @TempDir
    static Path dir;

    private static TpchCorrectness check;

    @BeforeAll
    static void generate() {
        check = new TpchCorrectness(0.01, dir, Duration.ofSeconds(120), Map.of());
    }

    @AfterAll
    static void report() {
        if (check != null) {
            System.out.println(check.summary("TPC-H SF 0.01 against DuckDB:"));
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
