package io.minispark.exchange;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.BatchReader;
import io.minispark.io.block.BlockFileReader;
import io.minispark.io.block.BlockRangeReader;
import io.minispark.vector.Batch;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one shuffle block back, in batches of at most the given size: a memory block from the query's
 * exchange buffers, a file block from its block file (opened now, closed with the reader).
 */
public final class ShuffleBlockReader implements BatchReader {
    private final List<Batch> batches;
    private final int batchSize;
    private int next;
    private int offset;
    private long rowsRead;
    private long bytesRead;

    private ShuffleBlockReader(List<Batch> batches, int batchSize) {
        this.batches = batches;
        this.batchSize = batchSize;
    }

    /** A reader over {@code block}; {@code buffers} must be the query's when the block is held in memory. */
    public static BatchReader open(ShuffleBlock block, ExchangeBuffers buffers, int batchSize) {
        return switch (block) {
            case ShuffleBlock.File file -> {
                BlockFileReader reader = BlockFileReader.open(Path.of(file.path()));
                int[] allColumns = java.util.stream.IntStream.range(0, reader.schema().size()).toArray();
                yield new BlockRangeReader(reader, true, 0, reader.blockCount(), allColumns, null, batchSize);
            }
            case ShuffleBlock.Memory memory -> {
                if (buffers == null) {
                    throw new MinisparkException(ErrorCode.INTERNAL, "exchange block " + memory.id()
                            + " is held in memory, but this job runs without the query's exchange buffers");
                }
                yield new ShuffleBlockReader(buffers.batches(memory), batchSize);
            }
        };
    }

    @Override
    public Batch next() {
        while (next < batches.size()) {
            Batch batch = batches.get(next);
            int rows = batch.rowCount();
            if (offset == 0 && rows <= batchSize) {
                next++;
                return counted(batch);
            }
            if (offset < rows) {
                int end = (int) Math.min(rows, (long) offset + batchSize);
                Batch slice = batch.slice(offset, end);
                offset = end;
                return counted(slice);
            }
            next++;
            offset = 0;
        }
        return null;
    }

    private Batch counted(Batch batch) {
        rowsRead += batch.rowCount();
        bytesRead += batch.sizeInBytes();
        return batch;
    }

    @Override
    public long rowsRead() {
        return rowsRead;
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public long blocksRead() {
        return next;
    }

    @Override
    public long blocksSkipped() {
        return 0;
    }

    @Override
    public void close() {
    }
}
