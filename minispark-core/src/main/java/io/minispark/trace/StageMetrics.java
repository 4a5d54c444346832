package io.minispark.trace;

import java.util.List;

/**
 * How one stage ran: its jobs, rows and bytes read and written, its wall time, the slowest job
 * against the median one (skew), and per-operator figures summed over its jobs.
 *
 * @param operators the plan's nodes in pre-order (root first), then the writer
 */
public record StageMetrics(int stageId, int jobs, long rowsIn, long bytesIn, long rowsOut, long bytesOut,
                           long wallNanos, long slowestJobNanos, long medianJobNanos, List<OperatorFigures> operators) {
    public StageMetrics {
        operators = List.copyOf(operators);
    }

    /** Slowest job time over median job time: 1 when jobs take equally long; 0 for a stage without jobs. */
    public double skew() {
        if (jobs == 0) {
            return 0;
        }
        return medianJobNanos == 0 ? 1 : (double) slowestJobNanos / medianJobNanos;
    }

    /** The first node of that kind in pre-order (e.g. "Scan"); fails when there is none. */
    public OperatorFigures operator(String name) {
        return operators.stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("stage " + stageId + " has no " + name + " node"));
    }

    /** Every node of that kind, in pre-order. */
    public List<OperatorFigures> operators(String name) {
        return operators.stream().filter(o -> o.name().equals(name)).toList();
    }
}
