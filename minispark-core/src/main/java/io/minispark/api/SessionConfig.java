package io.minispark.api;

import io.minispark.codegen.CodegenMode;
import java.nio.file.Path;
import java.util.Set;

/**
 * The settings of a session.
 *
 * @param dataDir where tables are looked up by name
 * @param engine which engine runs the jobs
 * @param threads worker threads of the thread engine
 * @param shufflePartitions partitions of every hash shuffle
 * @param batchSize rows per batch flowing through pipelines
 * @param blocksPerSplit native-table blocks one scan job reads; 0 chooses it per table so that a scan
 *     runs about four jobs per worker (enough to balance, few enough to keep per-job costs small)
 * @param broadcastJoins whether a small join side may be broadcast instead of shuffling both sides
 * @param broadcastThresholdBytes the largest estimated size of a side that is broadcast
 * @param tempDir where queries keep the shuffle and result blocks that go to files while they run
 * @param memoryLimitBytes the memory budget blocking operators reserve from, per query
 * @param exchangeMemoryBytes how much of a query's stage output its in-process jobs may keep in memory
 *     instead of writing shuffle and result files (0: always files); output past it goes to files
 * @param disabledRules optimizer rules not to run (for tests and experiments)
 * @param codegen whether stages run as generated, compiled classes (AUTO: on the thread engine only)
 */
public record SessionConfig(Path dataDir, EngineKind engine, int threads, int shufflePartitions, int batchSize,
                            int blocksPerSplit, boolean broadcastJoins, long broadcastThresholdBytes, Path tempDir,
                            long memoryLimitBytes, long exchangeMemoryBytes, Set<String> disabledRules, CodegenMode codegen) {
    public SessionConfig {
        disabledRules = Set.copyOf(disabledRules);
        codegen = codegen == null ? CodegenMode.AUTO : codegen;
    }

    /** Whether this session's engine runs stages compiled. */
    public boolean compilesStages() {
        return codegen.enabledOn(engine.displayName());
    }

    public SessionConfig withCodegen(CodegenMode mode) {
        return new SessionConfig(dataDir, engine, threads, shufflePartitions, batchSize, blocksPerSplit, broadcastJoins,
                broadcastThresholdBytes, tempDir, memoryLimitBytes, exchangeMemoryBytes, disabledRules, mode);
    }

    public SessionConfig withEngine(EngineKind kind) {
        return new SessionConfig(dataDir, kind, threads, shufflePartitions, batchSize, blocksPerSplit, broadcastJoins,
                broadcastThresholdBytes, tempDir, memoryLimitBytes, exchangeMemoryBytes, disabledRules, codegen);
    }

    public static SessionConfig defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new SessionConfig(Path.of("."), EngineKind.THREADS, cores, Math.max(4, 2 * cores), 4096, 0, true,
                10L << 20, Path.of(System.getProperty("java.io.tmpdir")), Long.MAX_VALUE,
                // A quarter of the heap: room for the largest shuffles of SF 1 TPC-H queries, while
                // operators keep the rest; bigger outputs go to files.
                Runtime.getRuntime().maxMemory() / 4, Set.of(),
                // -Dminispark.codegen=on|off|auto sets the default, e.g. for benchmarks that build their own sessions.
                CodegenMode.parse(System.getProperty("minispark.codegen", "auto")));
    }
}
