package io.minispark.exchange;

import java.io.Serializable;

/**
 * Where one job put one partition of its output, and how much it holds. Plain data, so the jobs that
 * read a block can be described (and later shipped) like any other job input; the rows themselves stay
 * where they were written.
 */
public sealed interface ShuffleBlock extends Serializable permits ShuffleBlock.File, ShuffleBlock.Memory {
    long rows();

    /** Bytes on disk for a file, estimated heap bytes for a memory block. */
    long bytes();

    /** How job descriptions and plans name the block. */
    String describe();

    /** A block file in a worker folder of the query. */
    record File(String path, long rows, long bytes) implements ShuffleBlock {
        @Override
        public String describe() {
            java.nio.file.Path p = java.nio.file.Path.of(path);
            return p.getParent() == null ? p.toString() : p.getParent().getFileName() + "/" + p.getFileName();
        }
    }

    /**
     * Batches held by the query's {@link ExchangeBuffers} in the process that wrote them, under
     * {@code id}: a job of an in-process engine hands its output to the next stage without a file.
     */
    record Memory(String id, long rows, long bytes) implements ShuffleBlock {
        @Override
        public String describe() {
            return "memory:" + id;
        }
    }
}
