package io.minispark.exec.operator;

import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import java.util.List;

/**
 * A join without equality keys: every row pushed in is paired with every row of a finished {@link
 * BuildSide}, and the optional residual predicate (over left-then-right columns) decides which pairs
 * match. Without a predicate it is a CROSS join. Supports every {@link PhysicalJoinType}; output
 * columns are always left then right, whichever side was buffered.
 */
public final class NestedLoopJoinOperator implements Operator {
    private final BuildSide build;
    private final List<DataType> probeTypes;
    private final PhysicalJoinType joinType;
    private final boolean buildIsLeft;
    private final VectorExpression residual;
    private final TaskContext context;
    private final OperatorMetrics metrics = new OperatorMetrics();
    private final OutputEmitter output;
    private JoinPairSink pairs;

    public NestedLoopJoinOperator(BuildSide build, List<DataType> probeTypes, PhysicalJoinType joinType,
            boolean buildIsLeft, VectorExpression residual, TaskContext context, Operator next) {
        this.build = build;
        this.probeTypes = List.copyOf(probeTypes);
        this.joinType = joinType;
        this.buildIsLeft = buildIsLeft;
        this.residual = residual;
        this.context = context;
        this.output = new OutputEmitter(next, metrics);
    }

    private JoinPairSink pairs() {
        if (pairs == null) {
            if (!build.isFinished()) {
                throw new IllegalStateException("the join's build side must be finished before probing");
            }
            pairs = new JoinPairSink(joinType, buildIsLeft, residual, probeTypes, build.rows(), output, context.batchSize());
        }
        return pairs;
    }

    @Override
    public void push(Batch batch) {
        long start = System.nanoTime();
        context.checkCancelled();
        metrics.rowsIn += batch.rowCount();
        JoinPairSink sink = pairs();
        int buildRows = build.rows().rowCount();
        int lastBuildRow = sink.firstCandidateDecides() ? Math.min(1, buildRows) : buildRows;
        sink.startProbeBatch(batch);
        for (int row = 0; row < batch.rowCount(); row++) {
            for (int buildRow = 0; buildRow < lastBuildRow; buildRow++) {
                sink.addPair(row, buildRow);
            }
        }
        sink.endProbeBatch();
        metrics.nanos += System.nanoTime() - start;
    }

    @Override
    public void finish() {
        long start = System.nanoTime();
        pairs().finishBuildSide();
        output.finish();
        metrics.nanos += System.nanoTime() - start;
    }

    /** Closes downstream; the build side is owned (and closed) by whoever filled it. */
    @Override
    public void close() {
        output.close();
    }

    public OperatorMetrics metrics() {
        return metrics;
    }
}
