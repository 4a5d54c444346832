package io.minispark.exchange;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.exec.operator.Batches;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.io.block.BlockFileWriter;
import io.minispark.types.DataType;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The output of one job, by partition. A partition's rows stay in the query's exchange buffers while
 * they grant the memory, coalesced into batches of about the batch size (a hash shuffle hands over many
 * small slices); once they refuse, or when the query keeps no buffers, the partition's rows go to a
 * block file in the job's worker folder, created then. A partition that receives no rows leaves nothing.
 */
public final class PartitionSink implements AutoCloseable {
    private final ExchangeBuffers buffers;
    private final Path folder;
    private final String prefix;
    private final Schema schema;
    private final List<DataType> types;
    private final int batchSize;
    private final Partition[] partitions;
    private long rows;
    private long bytes;
    private long memoryBytes;

    /**
     * @param buffers where rows are kept while memory allows; null to write every partition to a file
     * @param prefix names this job's blocks and files ({@code prefix-partN}); unique within the query
     */
    public PartitionSink(ExchangeBuffers buffers, Path folder, String prefix, Schema schema, int partitionCount,
                         int batchSize) {
        this.buffers = buffers;
        this.folder = folder;
        this.prefix = prefix;
        this.schema = schema;
        this.types = schema.types();
        this.batchSize = Math.max(1, batchSize);
        this.partitions = new Partition[partitionCount];
    }

    public void write(int partition, Batch batch) {
        if (batch.rowCount() == 0) {
            return;
        }
        if (partitions[partition] == null) {
            partitions[partition] = new Partition(partition);
        }
        partitions[partition].write(batch);
        rows += batch.rowCount();
    }

    /** Completes every partition that received rows; returns partition → block. */
    public Map<Integer, ShuffleBlock> finish() {
        Map<Integer, ShuffleBlock> blocks = new TreeMap<>();
        for (int p = 0; p < partitions.length; p++) {
            if (partitions[p] != null) {
                ShuffleBlock block = partitions[p].finish();
                bytes += block.bytes();
                if (block instanceof ShuffleBlock.Memory) {
                    memoryBytes += block.bytes();
                }
                blocks.put(p, block);
                partitions[p] = null;
            }
        }
        return blocks;
    }

    public long rows() {
        return rows;
    }

    public long bytes() {
        return bytes;
    }

    /** Bytes of the finished blocks held in memory. */
    public long memoryBytes() {
        return memoryBytes;
    }

    /** Bytes of the finished blocks that went to files because the exchange refused memory (none without buffers). */
    public long spilledBytes() {
        return buffers == null ? 0 : bytes - memoryBytes;
    }

    /** Drops what an unfinished job wrote: buffered rows give their memory back, partial files are removed. */
    @Override
    public void close() {
        for (int p = 0; p < partitions.length; p++) {
            if (partitions[p] != null) {
                partitions[p].abort();
                partitions[p] = null;
            }
        }
    }

    private final class Partition {
        private final int number;
        private final List<Batch> held = new ArrayList<>();
        private final List<Batch> pending = new ArrayList<>();
        private int pendingRows;
        private long rows;
        private long reserved;
        private BlockFileWriter file;

        Partition(int number) {
            this.number = number;
        }

        void write(Batch batch) {
            rows += batch.rowCount();
            if (file == null) {
                long size = batch.sizeInBytes();
                if (buffers != null && buffers.tryReserve(size)) {
                    reserved += size;
                    pending.add(batch);
                    pendingRows += batch.rowCount();
                    if (pendingRows >= batchSize) {
                        coalesce();
                    }
                    return;
                }
                spill();
            }
            file.write(batch);
        }

        /** One batch of the pending slices; a batch that came whole is kept as it is, not copied. */
        private void coalesce() {
            if (!pending.isEmpty()) {
                held.add(Batches.concat(pending, types));
                pending.clear();
                pendingRows = 0;
            }
        }

        /** Moves the rows held so far into the partition's file, which takes every later row. */
        private void spill() {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new MinisparkException(ErrorCode.IO_ERROR, "cannot create worker folder " + folder + ": " + e.getMessage(), e);
            }
            file = new BlockFileWriter(folder.resolve(prefix + "-part" + number + ".msb"), schema, BlockFileOptions.temporary());
            held.forEach(file::write);
            pending.forEach(file::write);
            held.clear();
            pending.clear();
            pendingRows = 0;
            releaseReserved();
        }

        ShuffleBlock finish() {
            if (file != null) {
                long size = file.finish().byteCount();
                return new ShuffleBlock.File(file.path().toString(), rows, size);
            }
            coalesce();
            ShuffleBlock block = buffers.put(prefix + "-part" + number, held, rows, reserved);
            reserved = 0; // the block owns the memory now
            return block;
        }

        void abort() {
            if (file != null) {
                file.abort();
            }
            held.clear();
            pending.clear();
            releaseReserved();
        }

        private void releaseReserved() {
            if (reserved > 0) {
                buffers.release(reserved);
                reserved = 0;
            }
        }
    }
}
