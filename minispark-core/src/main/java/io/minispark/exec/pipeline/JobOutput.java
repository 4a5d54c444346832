package io.minispark.exec.pipeline;

import io.minispark.exchange.ShuffleBlock;
import io.minispark.exec.OperatorStats;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a finished job produced: partition → block, its row and byte counts, and what each node of the
 * stage's plan (and its writer) did.
 */
public record JobOutput(Map<Integer, ShuffleBlock> blocks, long rowsRead, long bytesRead, long rowsWritten, long bytesWritten,
                        List<OperatorStats> operators) implements Serializable {
    public JobOutput {
        blocks = Map.copyOf(blocks);
        operators = List.copyOf(operators);
    }

    /** An output without per-operator figures. */
    public JobOutput(Map<Integer, ShuffleBlock> blocks, long rowsRead, long bytesRead, long rowsWritten, long bytesWritten) {
        this(blocks, rowsRead, bytesRead, rowsWritten, bytesWritten, List.of());
    }
}
