package io.minispark.result;

import io.minispark.vector.Batch;

/** Writes a result batch by batch; {@link #finish()} completes the output. */
public interface ResultWriter {
    void write(Batch batch);

    void finish();

    /** Writes every batch of a result and finishes. */
    default void writeAll(Iterable<Batch> batches) {
        for (Batch batch : batches) {
            write(batch);
        }
        finish();
    }
}
