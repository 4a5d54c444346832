package io.minispark.trace;

import io.minispark.exec.OperatorStats;

/**
 * What one node of a stage's plan did over all the stage's jobs.
 *
 * @param node pre-order position in the stage's plan (root 0), or {@link OperatorStats#WRITER}
 * @param name the node's kind, e.g. {@code HashAggregate} or {@code Scan}; {@code Writer} for the writer
 * @param depth how deep the node sits under the stage's root (the writer and the root: 0)
 * @param rowsIn rows it received (for a scan or file read: rows it read)
 * @param nanos its own time summed over jobs, without the time spent downstream
 * @param peakMemoryBytes the largest memory it held in any one job
 */
public record OperatorFigures(int node, String name, int depth, long rowsIn, long rowsOut, long nanos,
                              long peakMemoryBytes, long spilledBytes) {
    static OperatorFigures of(String name, int depth, OperatorStats stats) {
        return new OperatorFigures(stats.node(), name, depth, stats.rowsIn(), stats.rowsOut(), stats.nanos(),
                stats.peakMemoryBytes(), stats.spilledBytes());
    }
}
