package io.minispark.exec.operator;

import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.util.List;

/** Computes one output column per expression from each input batch; the row count is unchanged. */
public final class ProjectOperator implements Operator {
    private final VectorExpression[] expressions;
    private final OperatorMetrics metrics = new OperatorMetrics();
    private final OutputEmitter output;

    public ProjectOperator(List<VectorExpression> expressions, Operator next) {
        this.expressions = expressions.toArray(VectorExpression[]::new);
        this.output = new OutputEmitter(next, metrics);
    }

    @Override
    public void push(Batch batch) {
        long start = System.nanoTime();
        metrics.rowsIn += batch.rowCount();
        Vector[] columns = new Vector[expressions.length];
        for (int i = 0; i < expressions.length; i++) {
            columns[i] = expressions[i].evaluate(batch);
        }
        output.emit(new Batch(columns, batch.rowCount()));
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
