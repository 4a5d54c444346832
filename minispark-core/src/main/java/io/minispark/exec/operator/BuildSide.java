package io.minispark.exec.operator;

import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.exec.TaskContext;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import java.util.ArrayList;
import java.util.List;

/**
 * The buffered build side of a join: the sink the build pipeline ends in. It keeps every batch
 * (reserving memory first) and, when finished, concatenates them so each build row has one int
 * address. A join operator probes it only after it is finished.
 */
public final class BuildSide implements Operator {
    private final List<DataType> types;
    private final OperatorMetrics metrics = new OperatorMetrics();
    private final MemoryReservation memory;
    private List<Batch> buffered = new ArrayList<>();
    private Batch rows;

    public BuildSide(List<DataType> types, TaskContext context) {
        this.types = List.copyOf(types);
        this.memory = new MemoryReservation(context.memory(), metrics);
    }

    @Override
    public void push(Batch batch) {
        if (rows != null) {
            throw new IllegalStateException("build side already finished");
        }
        metrics.rowsIn += batch.rowCount();
        if (batch.rowCount() > 0) {
            memory.grow(batch.sizeInBytes());
            buffered.add(batch);
        }
    }

    /** Concatenates the buffered batches; reserves for the copy before making it. */
    @Override
    public void finish() {
        long start = System.nanoTime();
        if (buffered.size() > 1) {
            memory.grow(memory.reservedBytes());
        }
        rows = Batches.concat(buffered, types);
        buffered = null;
        memory.resizeTo(rows.sizeInBytes());
        metrics.nanos += System.nanoTime() - start;
    }

    public boolean isFinished() {
        return rows != null;
    }

    /** All build rows as one batch; only after {@link #finish()}. */
    public Batch rows() {
        if (rows == null) {
            throw new IllegalStateException("build side not finished yet");
        }
        return rows;
    }

    public List<DataType> types() {
        return types;
    }

    /** Accounts extra memory (such as a hash index over the rows) to this build side. */
    void reserveExtra(long bytes) {
        memory.grow(bytes);
    }

    @Override
    public void close() {
        memory.releaseAll();
        buffered = null;
        rows = null;
    }

    public OperatorMetrics metrics() {
        return metrics;
    }
}
