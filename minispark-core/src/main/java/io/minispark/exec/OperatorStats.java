package io.minispark.exec;

import java.io.Serializable;

/**
 * What one plan node did in one job (or, summed, in a whole stage): rows in and out, its own time,
 * peak memory and spilled bytes. The plain, serializable form of {@link OperatorMetrics}, so figures
 * can travel from a worker process back to the driver.
 *
 * @param node the node's position in its stage's plan, counting in pre-order from the root as 0;
 *     {@link #WRITER} for the stage's writer
 */
public record OperatorStats(int node, long rowsIn, long rowsOut, long nanos, long peakMemoryBytes, long spilledBytes)
        implements Serializable {
    /** The node number of a stage's writer. */
    public static final int WRITER = -1;

    public static OperatorStats of(int node, OperatorMetrics metrics) {
        return new OperatorStats(node, metrics.rowsIn, metrics.rowsOut, metrics.nanos, metrics.peakMemoryBytes, metrics.spilledBytes);
    }

    /** Both jobs' figures: counts and times add up, peak memory is the larger peak. */
    public OperatorStats plus(OperatorStats other) {
        return new OperatorStats(node, rowsIn + other.rowsIn, rowsOut + other.rowsOut, nanos + other.nanos,
                Math.max(peakMemoryBytes, other.peakMemoryBytes), spilledBytes + other.spilledBytes);
    }
}
