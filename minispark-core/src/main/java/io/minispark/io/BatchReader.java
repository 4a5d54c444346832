package io.minispark.io;

import io.minispark.vector.Batch;
import java.io.Closeable;

/**
 * A stream of batches read from storage, with counters for scan metrics. {@link #next()} returns
 * null once the input is exhausted; batches never exceed the batch size the reader was opened with.
 */
public interface BatchReader extends Closeable {
    /** The next batch, or null at the end. */
    Batch next();

    long rowsRead();

    long bytesRead();

    /** Blocks whose data was read; a CSV file counts as one block once reading starts. */
    long blocksRead();

    /** Blocks passed over because the block filter rejected their statistics. */
    long blocksSkipped();

    @Override
    void close();
}
