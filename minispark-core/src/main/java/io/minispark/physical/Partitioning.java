package io.minispark.physical;

import io.minispark.logical.Expression;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** How an exchange distributes rows to the next stage. */
public sealed interface Partitioning extends Serializable {
    int partitionCount();

    /** Rows with equal keys go to the same one of {@code partitionCount} partitions. */
    record Hash(List<Expression> keys, int partitionCount) implements Partitioning {
        public Hash {
            keys = List.copyOf(keys);
        }

        @Override
        public String toString() {
            return keys.stream().map(Object::toString).collect(Collectors.joining(", "));
        }
    }

    /** All rows go to one partition (global sort, limit, aggregate without keys). */
    record Single() implements Partitioning {
        @Override
        public int partitionCount() {
            return 1;
        }

        @Override
        public String toString() {
            return "single";
        }
    }

    /** Every job of the next stage reads all rows (the small side of a broadcast join). */
    record Broadcast() implements Partitioning {
        @Override
        public int partitionCount() {
            return 1;
        }

        @Override
        public String toString() {
            return "broadcast";
        }
    }
}
