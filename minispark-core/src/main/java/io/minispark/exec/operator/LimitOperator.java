package io.minispark.exec.operator;

import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.vector.Batch;

/**
 * Skips the first {@code offset} rows and passes on at most {@code limit} rows after them. Producers
 * should check {@link #isSatisfied()} between batches and stop reading once it is true.
 */
public final class LimitOperator implements Operator {
    /** The limit value that means "no limit", only an offset. */
    public static final long NO_LIMIT = -1;

    private final long limit;
    private final OperatorMetrics metrics = new OperatorMetrics();
    private final OutputEmitter output;
    private long rowsToSkip;
    private long rowsPassed;

    public LimitOperator(long limit, long offset, Operator next) {
        if (limit < NO_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit " + limit + " and offset " + offset + " must not be negative");
        }
        this.limit = limit;
        this.rowsToSkip = offset;
        this.output = new OutputEmitter(next, metrics);
    }

    @Override
    public void push(Batch batch) {
        long start = System.nanoTime();
        int rows = batch.rowCount();
        metrics.rowsIn += rows;
        if (isSatisfied()) {
            return;
        }
        int from = (int) Math.min(rows, rowsToSkip);
        rowsToSkip -= from;
        int to = rows;
        if (limit != NO_LIMIT) {
            to = (int) Math.min(rows, from + (limit - rowsPassed));
        }
        if (to > from) {
            rowsPassed += to - from;
            output.emit(from == 0 && to == rows ? batch : batch.slice(from, to));
        }
        metrics.nanos += System.nanoTime() - start;
    }

    /** True once the limit has been reached: further input would be discarded. */
    public boolean isSatisfied() {
        return limit != NO_LIMIT && rowsPassed >= limit;
    }

    /** The opposite of {@link #isSatisfied()}, for producers that read better that way. */
    public boolean wantsMore() {
        return !isSatisfied();
    }

    @Override
    public void finish() {
        // Timed like push: the emitter subtracts the downstream finish from this operator's time.
        long start = System.nanoTime();
        output.finish();
        metrics.nanos += System.nanoTime() - start;
    }

    @Override
    public void close() {
        output.close();
    }

    public OperatorMetrics metrics() {
        return metrics;
    }
}
