package io.minispark.e2e;

import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.api.SessionConfig;
import java.nio.file.Path;

/**
 * One way of running queries: which engine, how many rows per batch, whether small join sides are
 * broadcast, how many partitions every shuffle has, and how much stage output may stay in memory
 * (none: every block is a file; a few hundred bytes: the first blocks stay in memory, the rest spill to
 * files). Results must not depend on any of these.
 */
record EngineSetup(EngineKind engine, int batchSize, boolean broadcastJoins, int shufflePartitions, long exchangeMemoryBytes) {
    static final int DEFAULT_BATCH_SIZE = SessionConfig.defaults().batchSize();
    static final long DEFAULT_EXCHANGE_MEMORY = SessionConfig.defaults().exchangeMemoryBytes();

    /** A session over the data folder that keeps its query files in {@code tempDir}. */
    Session open(Path dataDir, Path tempDir) {
        return Session.builder()
                .dataDir(dataDir)
                .engine(engine)
                .threads(3)
                .batchSize(batchSize)
                .broadcastJoins(broadcastJoins)
                .shufflePartitions(shufflePartitions)
                // One job per block, so that small test tables still run as many jobs.
                .blocksPerSplit(1)
                .tempDir(tempDir)
                .exchangeMemory(exchangeMemoryBytes)
                .build();
    }

    /** Shown as the parameterized test's name, so a failure says which setup broke. */
    @Override
    public String toString() {
        return engine.name().toLowerCase() + ", batch " + (batchSize == DEFAULT_BATCH_SIZE ? "default" : batchSize)
                + ", " + (broadcastJoins ? "broadcast" : "no broadcast") + ", " + shufflePartitions + " partition"
                + (shufflePartitions == 1 ? "" : "s") + ", " + (exchangeMemoryBytes == DEFAULT_EXCHANGE_MEMORY ? "exchange in memory"
                : exchangeMemoryBytes == 0 ? "exchange in files" : "exchange memory " + exchangeMemoryBytes + " bytes");
    }
}
