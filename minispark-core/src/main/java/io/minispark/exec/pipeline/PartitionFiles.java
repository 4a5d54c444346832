package io.minispark.exec.pipeline;

import io.minispark.io.block.BlockFileOptions;
import io.minispark.io.block.BlockFileWriter;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The output files of one job, one per partition that received rows, all in the job's worker folder.
 * Files are created lazily so empty partitions leave nothing behind.
 */
final class PartitionFiles implements AutoCloseable {
    private final Path folder;
    private final String prefix;
    private final Schema schema;
    private final BlockFileWriter[] writers;
    private long rows;
    private long bytes;

    PartitionFiles(Path folder, String prefix, Schema schema, int partitions) {
        this.folder = folder;
        this.prefix = prefix;
        this.schema = schema;
        this.writers = new BlockFileWriter[partitions];
    }

    void write(int partition, Batch batch) {
        if (batch.rowCount() == 0) {
            return;
        }
        if (writers[partition] == null) {
            writers[partition] = new BlockFileWriter(folder.resolve(prefix + "-part" + partition + ".msb"), schema,
                    BlockFileOptions.temporary());
        }
        writers[partition].write(batch);
        rows += batch.rowCount();
    }

    /** Completes every file; returns partition → file path. */
    Map<Integer, String> finish() {
        Map<Integer, String> files = new TreeMap<>();
        for (int p = 0; p < writers.length; p++) {
            if (writers[p] != null) {
                bytes += writers[p].finish().byteCount();
                files.put(p, writers[p].path().toString());
                writers[p] = null;
            }
        }
        return files;
    }

    long rows() {
        return rows;
    }

    long bytes() {
        return bytes;
    }

    @Override
    public void close() {
        for (int p = 0; p < writers.length; p++) {
            if (writers[p] != null) {
                writers[p].abort();
                writers[p] = null;
            }
        }
    }
}
