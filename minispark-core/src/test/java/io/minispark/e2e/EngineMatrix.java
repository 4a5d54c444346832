package io.minispark.e2e;

import io.minispark.api.EngineKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The setups every end-to-end test runs on: both engines, batch sizes 1, 3 and the default,
 * broadcast joins on and off, one shuffle partition and several. Batch size 1 makes every operator
 * see many tiny batches; 3 leaves a partial last batch; one partition funnels everything through a
 * single reducer while several spread groups and join keys over many.
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
                        setups.add(new EngineSetup(engine, batchSize, broadcast, partitions));
                    }
                }
            }
        }
        return setups;
    }
}
