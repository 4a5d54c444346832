package io.minispark.exec.operator;

import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.util.List;

/**
 * An equi-join that probes a finished {@link JoinHashTable} with the rows pushed into it. Output
 * columns are always the left side's followed by the right side's (only the left side's for semi and
 * anti joins), whichever side was built. NULL keys never match. The optional residual predicate is
 * evaluated over the joined left-then-right row and decides, before outer-join bookkeeping, whether
 * a key match counts. Unmatched build rows of outer joins are emitted in {@link #finish()}.
 */
public final class HashJoinOperator implements Operator {
    private final JoinHashTable table;
    private final VectorExpression[] probeKeys;
    private final List<DataType> probeTypes;
    private final PhysicalJoinType joinType;
    private final boolean buildIsLeft;
    private final VectorExpression residual;
    private final TaskContext context;
    private final OperatorMetrics metrics = new OperatorMetrics();
    private final OutputEmitter output;
    private JoinPairSink pairs;
    private int[] hashes = new int[0];

    /**
     * @param table the build side, finished before the first probe batch arrives
     * @param probeKeys key expressions over probe batches, of the same types as the table's keys
     * @param probeTypes the column types of probe batches (needed to NULL-extend unmatched build rows)
     * @param buildIsLeft whether the table holds the left side of the join
     * @param residual a BOOLEAN predicate over left-then-right columns, or null
     */
    public HashJoinOperator(JoinHashTable table, List<VectorExpression> probeKeys, List<DataType> probeTypes,
            PhysicalJoinType joinType, boolean buildIsLeft, VectorExpression residual, TaskContext context, Operator next) {
        if (probeKeys.size() != table.keyCount()) {
            throw new IllegalArgumentException(probeKeys.size() + " probe keys for " + table.keyCount() + " build keys");
        }
        this.table = table;
        this.probeKeys = probeKeys.toArray(VectorExpression[]::new);
        this.probeTypes = List.copyOf(probeTypes);
        this.joinType = joinType;
        this.buildIsLeft = buildIsLeft;
        this.residual = residual;
        this.context = context;
        this.output = new OutputEmitter(next, metrics);
    }

    private JoinPairSink pairs() {
        if (pairs == null) {
            if (!table.isFinished()) {
                throw new IllegalStateException("the join's build side must be finished before probing");
            }
            pairs = new JoinPairSink(joinType, buildIsLeft, residual, probeTypes, table.rows(), output, context.batchSize());
        }
        return pairs;
    }

    @Override
    public void push(Batch batch) {
        long start = System.nanoTime();
        context.checkCancelled();
        int rows = batch.rowCount();
        metrics.rowsIn += rows;
        JoinPairSink sink = pairs();
        Vector[] keys = new Vector[probeKeys.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = probeKeys[k].evaluate(batch);
        }
        if (hashes.length < rows) {
            hashes = new int[rows];
        }
        KeyHashing.hashRows(keys, rows, hashes);
        boolean[] hasNullKey = KeyNulls.anyNull(keys, rows);
        boolean stopAtFirst = sink.firstCandidateDecides();
        sink.startProbeBatch(batch);
        for (int row = 0; row < rows; row++) {
            if (hasNullKey != null && hasNullKey[row]) {
                continue;
            }
            int hash = hashes[row];
            for (int candidate = table.firstCandidate(hash); candidate >= 0; candidate = table.nextCandidate(candidate)) {
                if (table.keysMatch(candidate, hash, keys, row)) {
                    sink.addPair(row, candidate);
                    if (stopAtFirst) {
                        break;
                    }
                }
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

    /** Closes downstream; the hash table is owned (and closed) by whoever built it. */
    @Override
    public void close() {
        output.close();
    }

    public OperatorMetrics metrics() {
        return metrics;
    }
}
