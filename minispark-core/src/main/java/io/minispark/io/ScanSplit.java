package io.minispark.io;

import java.io.Serializable;

/**
 * A unit of scan work: blocks {@code [firstBlock, endBlock)} of one file. A CSV file is always one
 * whole split with the block range {@code [0, 1)}. Plain data so it can be sent to other processes.
 */
public record ScanSplit(String path, int firstBlock, int endBlock) implements Serializable {
    public ScanSplit {
        if (firstBlock < 0 || endBlock < firstBlock) {
            throw new IllegalArgumentException("bad block range [" + firstBlock + ", " + endBlock + ") for " + path);
        }
    }

    public int blockCount() {
        return endBlock - firstBlock;
    }
}
