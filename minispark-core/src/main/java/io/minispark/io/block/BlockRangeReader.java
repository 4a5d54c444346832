package io.minispark.io.block;

import io.minispark.io.BatchReader;
import io.minispark.vector.Batch;
import java.util.function.Predicate;

/**
 * Streams the selected columns of a range of blocks of one block file as batches of at most
 * {@code batchSize} rows. Blocks whose statistics the filter rejects are skipped without reading any
 * of their data. Holds one block in memory at a time.
 */
public final class BlockRangeReader implements BatchReader {
    private final BlockFileReader file;
    private final boolean ownsFile;
    private final int endBlock;
    private final int[] columns;
    private final Predicate<BlockStatistics> keepBlock;
    private final int batchSize;
    private final long bytesAtStart;
    private int nextBlock;
    private Batch current;
    private int currentPosition;
    private long rowsRead;
    private long blocksRead;
    private long blocksSkipped;

    /**
     * @param ownsFile whether {@link #close()} closes the file reader too
     */
    public BlockRangeReader(BlockFileReader file, boolean ownsFile, int firstBlock, int endBlock, int[] columns,
            Predicate<BlockStatistics> keepBlock, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        if (firstBlock < 0 || endBlock > file.blockCount() || firstBlock > endBlock) {
            throw new IllegalArgumentException("block range [" + firstBlock + ", " + endBlock + ") outside the "
                    + file.blockCount() + " blocks of " + file.path());
        }
        this.file = file;
        this.ownsFile = ownsFile;
        this.nextBlock = firstBlock;
        this.endBlock = endBlock;
        this.columns = columns.clone();
        this.keepBlock = keepBlock == null ? statistics -> true : keepBlock;
        this.batchSize = batchSize;
        this.bytesAtStart = file.bytesRead();
    }

    @Override
    public Batch next() {
        while (current == null || currentPosition >= current.rowCount()) {
            current = null;
            if (nextBlock >= endBlock) {
                return null;
            }
            int block = nextBlock++;
            if (!keepBlock.test(file.blockStatistics(block))) {
                blocksSkipped++;
                continue;
            }
            current = file.readBlock(block, columns);
            currentPosition = 0;
            blocksRead++;
        }
        Batch out;
        int remaining = current.rowCount() - currentPosition;
        if (currentPosition == 0 && remaining <= batchSize) {
            out = current;
        } else {
            int take = Math.min(batchSize, remaining);
            out = current.slice(currentPosition, currentPosition + take);
        }
        currentPosition += out.rowCount();
        rowsRead += out.rowCount();
        return out;
    }

    @Override
    public long rowsRead() {
        return rowsRead;
    }

    @Override
    public long bytesRead() {
        return file.bytesRead() - bytesAtStart;
    }

    @Override
    public long blocksRead() {
        return blocksRead;
    }

    @Override
    public long blocksSkipped() {
        return blocksSkipped;
    }

    @Override
    public void close() {
        current = null;
        if (ownsFile) {
            file.close();
        }
    }
}
