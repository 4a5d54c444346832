package io.minispark.codegen;

import io.minispark.exchange.ExchangeBuffers;
import io.minispark.exchange.ShuffleBlock;
import io.minispark.exchange.ShuffleBlockReader;
import io.minispark.io.BatchReader;
import io.minispark.vector.Batch;
import java.util.List;

/**
 * The batches of one producer of a compiled stage: a table split's reader, or the shuffle or broadcast
 * blocks of upstream stages read one after the other. Counts rows and bytes read for the job's output.
 */
public final class InputBatches implements AutoCloseable {
    private final BatchReader single;
    private final List<ShuffleBlock> blocks;
    private final ExchangeBuffers buffers;
    private final int batchSize;
    private int nextBlock;
    private BatchReader current;
    private long rowsRead;
    private long bytesRead;

    InputBatches(BatchReader reader) {
        this.single = reader;
        this.blocks = List.of();
        this.buffers = null;
        this.batchSize = 0;
        this.current = reader;
    }

    InputBatches(List<ShuffleBlock> blocks, ExchangeBuffers buffers, int batchSize) {
        this.single = null;
        this.blocks = List.copyOf(blocks);
        this.buffers = buffers;
        this.batchSize = batchSize;
    }

    /** The next batch, or null when the input is exhausted. */
    public Batch next() {
        while (true) {
            if (current != null) {
                Batch batch = current.next();
                if (batch != null) {
                    return batch;
                }
                closeCurrent();
            }
            if (single != null || nextBlock >= blocks.size()) {
                return null;
            }
            current = ShuffleBlockReader.open(blocks.get(nextBlock++), buffers, batchSize);
        }
    }

    private void closeCurrent() {
        rowsRead += current.rowsRead();
        bytesRead += current.bytesRead();
        current.close();
        current = null;
    }

    long rowsRead() {
        return rowsRead;
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() {
        if (current != null) {
            closeCurrent();
        }
    }
}
