package io.minispark.exec.operator;

import io.minispark.exec.Operator;
import io.minispark.vector.Batch;
import java.util.ArrayList;
import java.util.List;

/** A test sink that keeps every batch pushed into it and remembers whether it was finished. */
final class CollectingOperator implements Operator {
    final List<Batch> batches = new ArrayList<>();
    int finishCount;
    boolean closed;

    @Override
    public void push(Batch batch) {
        if (finishCount > 0) {
            throw new AssertionError("push after finish");
        }
        batches.add(batch);
    }

    @Override
    public void finish() {
        finishCount++;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** Every collected row as raw values (DATE as Integer epoch days, TIMESTAMP as Long micros). */
    List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Batch batch : batches) {
            rows.addAll(TestBatches.rows(batch));
        }
        return rows;
    }

    int maxBatchRows() {
        return batches.stream().mapToInt(Batch::rowCount).max().orElse(0);
    }
}
