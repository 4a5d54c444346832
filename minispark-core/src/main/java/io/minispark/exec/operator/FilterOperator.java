package io.minispark.exec.operator;

import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.vector.Batch;

/** Passes on the rows for which a BOOLEAN predicate is TRUE (not FALSE, not NULL). */
public final class FilterOperator implements Operator {
    private final VectorExpression predicate;
    private final OperatorMetrics metrics = new OperatorMetrics();
    private final OutputEmitter output;
    private int[] positions = new int[0];

    public FilterOperator(VectorExpression predicate, Operator next) {
        this.predicate = predicate;
        this.output = new OutputEmitter(next, metrics);
    }

    @Override
    public void push(Batch batch) {
        long start = System.nanoTime();
        int rows = batch.rowCount();
        metrics.rowsIn += rows;
        if (positions.length < rows) {
            positions = new int[rows];
        }
        int kept = TruePositions.find(predicate.evaluate(batch), positions);
        if (kept == rows) {
            output.emit(batch);
        } else if (kept > 0) {
            output.emit(batch.gather(positions, kept));
        }
        metrics.nanos += System.nanoTime() - start;
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
