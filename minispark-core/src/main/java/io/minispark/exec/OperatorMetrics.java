package io.minispark.exec;

/** Counters one operator instance keeps while a job runs; summed per stage by the driver. */
public final class OperatorMetrics {
    public long rowsIn;
    public long rowsOut;
    public long batchesOut;
    public long nanos;
    public long peakMemoryBytes;
    /** Bytes written to disk because memory was refused (a stage writer's blocks that went to files). */
    public long spilledBytes;

    public void add(OperatorMetrics other) {
        rowsIn += other.rowsIn;
        rowsOut += other.rowsOut;
        batchesOut += other.batchesOut;
        nanos += other.nanos;
        peakMemoryBytes = Math.max(peakMemoryBytes, other.peakMemoryBytes);
        spilledBytes += other.spilledBytes;
    }
}
