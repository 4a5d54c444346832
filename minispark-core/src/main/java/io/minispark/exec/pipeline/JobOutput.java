package io.minispark.exec.pipeline;

import io.minispark.exec.OperatorStats;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a finished job produced: partition → file, its row and byte counts, and what each node of the
 * stage's plan (and its writer) did.
 */
public record JobOutput(Map<Integer, String> files, long rowsRead, long bytesRead, long rowsWritten, long bytesWritten,
                        List<OperatorStats> operators) implements Serializable {
    public JobOutput {
        files = Map.copyOf(files);
        operators = List.copyOf(operators);
    }

    /** An output without per-operator figures. */
    public JobOutput(Map<Integer, String> files, long rowsRead, long bytesRead, long rowsWritten, long bytesWritten) {
        this(files, rowsRead, bytesRead, rowsWritten, bytesWritten, List.of());
    }
}
