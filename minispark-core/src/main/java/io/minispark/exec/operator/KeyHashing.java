package io.minispark.exec.operator;

import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.Hashing;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;

/**
 * Hashes the key columns of a batch row by row, through {@link Hashing}, so that aggregation tables,
 * join tables and shuffle partitioners all agree on the hash of a key. The first column's hash is
 * taken as it is; each further column is folded in with {@link Hashing#combine}. NULL hashes to
 * {@link Hashing#NULL_HASH}.
 */
public final class KeyHashing {
    private KeyHashing() {
    }

    /** Writes the hash of each of the first {@code rows} rows of the key columns into {@code hashes}. */
    public static void hashRows(Vector[] keys, int rows, int[] hashes) {
        for (int column = 0; column < keys.length; column++) {
            hashColumn(keys[column], rows, hashes, column > 0);
        }
    }

    private static void hashColumn(Vector key, int rows, int[] hashes, boolean combine) {
        boolean[] nulls = key.nulls();
        switch (key) {
            case IntVector ints -> {
                int[] values = ints.values();
                for (int row = 0; row < rows; row++) {
                    int hash = nulls != null && nulls[row] ? Hashing.NULL_HASH : Hashing.hashInt(values[row]);
                    hashes[row] = combine ? Hashing.combine(hashes[row], hash) : hash;
                }
            }
            case LongVector longs -> {
                long[] values = longs.values();
                for (int row = 0; row < rows; row++) {
                    int hash = nulls != null && nulls[row] ? Hashing.NULL_HASH : Hashing.hashLong(values[row]);
                    hashes[row] = combine ? Hashing.combine(hashes[row], hash) : hash;
                }
            }
            case DoubleVector doubles -> {
                double[] values = doubles.values();
                for (int row = 0; row < rows; row++) {
                    int hash = nulls != null && nulls[row] ? Hashing.NULL_HASH : Hashing.hashDouble(values[row]);
                    hashes[row] = combine ? Hashing.combine(hashes[row], hash) : hash;
                }
            }
            case BooleanVector booleans -> {
                boolean[] values = booleans.values();
                for (int row = 0; row < rows; row++) {
                    int hash = nulls != null && nulls[row] ? Hashing.NULL_HASH : Hashing.hashBoolean(values[row]);
                    hashes[row] = combine ? Hashing.combine(hashes[row], hash) : hash;
                }
            }
            case StringVector strings -> {
                for (int row = 0; row < rows; row++) {
                    int hash = nulls != null && nulls[row] ? Hashing.NULL_HASH : strings.hash(row);
                    hashes[row] = combine ? Hashing.combine(hashes[row], hash) : hash;
                }
            }
        }
    }

    /** Spreads a hash over a power-of-two table so rows of one shuffle partition still use all slots. */
    public static int slotOf(int hash, int mask) {
        // Shuffles partition on the low bits of the same hash, so mix the high bits down first.
        int mixed = hash * 0x9E3779B1;
        return (mixed ^ mixed >>> 15) & mask;
    }
}
