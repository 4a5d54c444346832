package io.minispark.e2e;

import io.minispark.api.EngineKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The setups every end-to-end test runs on: both engines, batch sizes 1, 3 and the default,
 * broadcast joins on and off, one shuffle partition and several. Batch size 1 makes every operator
 * see many tiny batches; 3 leaves a partial last batch; one partition funnels everything through a
 * single reducer while several spread groups and join keys over many. The exchange rides along with the
 * batch size, so every engine and partitioning also runs with it in memory (default batch), in files
 * only (batch 1), and spilling from memory to files part-way (batch 3).
 *
 * <p>Used as {@code @MethodSource("io.minispark.e2e.EngineMatrix#all")}.
 */
final class EngineMatrix {
    private EngineMatrix() {
    }

    static List<EngineSetup> all() {
        List<EngineSetup> setups = new ArrayList<>();
        for (EngineKind engine : EngineKind.values()) {
            for (int batchSize : new int[] {1, 3, EngineSetup.DEFAULT_BATCH_SIZE}) {
                for (boolean broadcast : new boolean[] {true, false}) {
                    for (int partitions : new int[] {1, 5}) {
                        setups.add(new EngineSetup(engine, batchSize, broadcast, partitions, exchangeMemory(batchSize)));
                    }
                }
            }
        }
        return setups;
    }

    private static long exchangeMemory(int batchSize) {
        return switch (batchSize) {
            case 1 -> 0;
            case 3 -> SPILLING_EXCHANGE_BYTES;
            default -> EngineSetup.DEFAULT_EXCHANGE_MEMORY;
        };
    }

    /** Enough for a few small blocks of the test tables, not for a query's whole exchange. */
    static final long SPILLING_EXCHANGE_BYTES = 150;
}
