package io.minispark.physical;

import java.io.Serializable;

/** Where a stage's jobs write: shuffle partitions for a later stage, or the query's result. */
public sealed interface StageOutput extends Serializable {
    record Shuffle(Partitioning partitioning) implements StageOutput {
    }

    record Result() implements StageOutput {
    }
}
