package io.minispark.exec.operator;

import io.minispark.exec.MemoryBudget;
import io.minispark.exec.OperatorMetrics;

/**
 * The part of a task's memory budget one operator currently holds. Operators ask for memory before
 * they grow a buffer and give all of it back when closed; the peak is recorded in the metrics.
 */
final class MemoryReservation {
    private final MemoryBudget budget;
    private final OperatorMetrics metrics;
    private long reservedBytes;

    MemoryReservation(MemoryBudget budget, OperatorMetrics metrics) {
        this.budget = budget;
        this.metrics = metrics;
    }

    /** Reserves more bytes; throws (leaving the reservation unchanged) when the budget refuses. */
    void grow(long bytes) {
        if (bytes <= 0) {
            return;
        }
        budget.reserve(bytes);
        reservedBytes += bytes;
        metrics.peakMemoryBytes = Math.max(metrics.peakMemoryBytes, reservedBytes);
    }

    /** Grows or shrinks the reservation to exactly {@code bytes}. */
    void resizeTo(long bytes) {
        if (bytes > reservedBytes) {
            grow(bytes - reservedBytes);
        } else if (bytes < reservedBytes) {
            budget.release(reservedBytes - bytes);
            reservedBytes = bytes;
        }
    }

    long reservedBytes() {
        return reservedBytes;
    }

    /** Gives everything back to the budget; safe to call more than once. */
    void releaseAll() {
        budget.release(reservedBytes);
        reservedBytes = 0;
    }
}
