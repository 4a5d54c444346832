package io.minispark.codegen;

import io.minispark.io.BatchReader;
import io.minispark.io.block.BlockFileReader;
import io.minispark.io.block.BlockRangeReader;
import io.minispark.vector.Batch;
import java.nio.file.Path;
import java.util.List;

/**
 * The batches of one producer of a compiled stage: a table split's reader, or the shuffle or broadcast
 * files of upstream stages read one after the other. Counts rows and bytes read for the job's output.
 */
public final class InputBatches implements AutoCloseable {
    private final BatchReader single;
    private final List<String> files;
    private final int batchSize;
    private int nextFile;
    private BatchReader current;
    private long rowsRead;
    private long bytesRead;

    InputBatches(BatchReader reader) {
        this.single = reader;
        this.files = List.of();
        this.batchSize = 0;
        this.current = reader;
    }

    InputBatches(List<String> files, int batchSize) {
        this.single = null;
        this.files = List.copyOf(files);
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
            if (single != null || nextFile >= files.size()) {
                return null;
            }
            BlockFileReader fileReader = BlockFileReader.open(Path.of(files.get(nextFile++)));
            int[] columns = new int[fileReader.schema().size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = i;
            }
            current = new BlockRangeReader(fileReader, true, 0, fileReader.blockCount(), columns, null, batchSize);
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
