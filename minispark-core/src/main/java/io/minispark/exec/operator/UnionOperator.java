package io.minispark.exec.operator;

import io.minispark.exec.Operator;

/**
 * Where the inputs of a UNION ALL meet: passes every batch on and finishes downstream once the last
 * of its inputs has finished. The inputs' columns line up by position and type.
 */
public final class UnionOperator implements Operator {
    private final Operator downstream;
    private int unfinishedInputs;

    public UnionOperator(int inputs, Operator downstream) {
        this.unfinishedInputs = inputs;
        this.downstream = downstream;
    }

    @Override
    public void push(io.minispark.vector.Batch batch) {
        downstream.push(batch);
    }

    @Override
    public void finish() {
        if (--unfinishedInputs == 0) {
            downstream.finish();
        }
    }
}
