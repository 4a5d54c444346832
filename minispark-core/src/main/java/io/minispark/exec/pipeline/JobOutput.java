package io.minispark.exec.pipeline;

import java.io.Serializable;
import java.util.Map;

/** What a finished job produced: partition → file, and its row and byte counts. */
public record JobOutput(Map<Integer, String> files, long rowsRead, long bytesRead, long rowsWritten, long bytesWritten)
        implements Serializable {
    public JobOutput {
        files = Map.copyOf(files);
    }
}
