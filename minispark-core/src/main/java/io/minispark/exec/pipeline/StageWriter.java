package io.minispark.exec.pipeline;

import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.exchange.PartitionSink;
import io.minispark.exchange.ShuffleBlock;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.exec.operator.KeyHashing;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.util.List;
import java.util.Map;

/**
 * The writer at the end of a stage's pipeline: splits rows into partitions by the hash of the keys (a
 * shuffle), or puts everything in partition 0 (single partition, broadcast, result). Each partition
 * becomes one block, in memory or in a file of the job's worker folder (see {@link PartitionSink}).
 */
public final class StageWriter implements Operator {
    private final List<VectorExpression> keys;
    private final int partitions;
    private final PartitionSink sink;
    private final OperatorMetrics metrics = new OperatorMetrics();
    private Map<Integer, ShuffleBlock> written;
    private int[] hashes = new int[0];

    public StageWriter(List<VectorExpression> keys, int partitions, TaskContext context, String prefix, Schema schema) {
        this.keys = List.copyOf(keys);
        this.partitions = partitions;
        this.sink = new PartitionSink(context.exchange(), context.workerDir(), prefix, schema, partitions, context.batchSize());
    }

    @Override
    public void push(Batch batch) {
        long start = System.nanoTime();
        int rows = batch.rowCount();
        metrics.rowsIn += rows;
        if (keys.isEmpty() || partitions == 1) {
            sink.write(0, batch);
        } else {
            scatter(batch, rows);
        }
        metrics.nanos += System.nanoTime() - start;
    }

    private void scatter(Batch batch, int rows) {
        Vector[] keyVectors = new Vector[keys.size()];
        for (int k = 0; k < keyVectors.length; k++) {
            keyVectors[k] = keys.get(k).evaluate(batch);
        }
        if (hashes.length < rows) {
            hashes = new int[rows];
        }
        KeyHashing.hashRows(keyVectors, rows, hashes);
        int[] counts = new int[partitions];
        int[] partitionOf = new int[rows];
        for (int i = 0; i < rows; i++) {
            partitionOf[i] = partition(hashes[i], partitions);
            counts[partitionOf[i]]++;
        }
        int[] starts = new int[partitions + 1];
        for (int p = 0; p < partitions; p++) {
            starts[p + 1] = starts[p] + counts[p];
        }
        int[] positions = new int[rows];
        int[] cursor = starts.clone();
        for (int i = 0; i < rows; i++) {
            positions[cursor[partitionOf[i]]++] = i;
        }
        for (int p = 0; p < partitions; p++) {
            int count = counts[p];
            if (count == 0) {
                continue;
            }
            int[] selected = java.util.Arrays.copyOfRange(positions, starts[p], starts[p + 1]);
            sink.write(p, count == rows ? batch : batch.gather(selected, count));
        }
    }

    /**
     * Maps a hash to a partition by multiplying its mixed bits into range, so partitioning does not
     * reuse the low bits that hash tables index by (which would leave each partition's table skewed).
     */
    static int partition(int hash, int partitions) {
        int mixed = hash * 0x9E3779B9;
        return (int) (((mixed & 0xffffffffL) * partitions) >>> 32);
    }

    @Override
    public void finish() {
        long start = System.nanoTime();
        written = sink.finish();
        metrics.rowsOut = sink.rows();
        metrics.peakMemoryBytes = sink.memoryBytes();
        metrics.spilledBytes = sink.spilledBytes();
        metrics.nanos += System.nanoTime() - start;
    }

    /** Partition → block, once finished. */
    public Map<Integer, ShuffleBlock> blocks() {
        return written == null ? Map.of() : written;
    }

    public long rowsWritten() {
        return sink.rows();
    }

    public long bytesWritten() {
        return sink.bytes();
    }

    @Override
    public OperatorMetrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        sink.close();
    }
}
