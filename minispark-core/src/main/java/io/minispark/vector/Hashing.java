package io.minispark.vector;

/**
 * Hash functions shared by shuffle partitioning and hash tables. Both sides of a join must hash equal
 * keys to equal values, so every partitioner and every hash table goes through here.
 */
public final class Hashing {
    public static final int NULL_HASH = 0x5bd1e995;

    private Hashing() {
    }

    /** A strong 64-bit mix (the murmur3 finalizer) folded to 32 bits. */
    public static int hashLong(long v) {
        v ^= v >>> 33;
        v *= 0xff51afd7ed558ccdL;
        v ^= v >>> 33;
        v *= 0xc4ceb9fe1a85ec53L;
        v ^= v >>> 33;
        return (int) v;
    }

    public static int hashInt(int v) {
        return hashLong(v);
    }

    public static int hashDouble(double v) {
        // -0.0 and 0.0 are equal in SQL, and all NaNs are one value.
        if (v == 0.0) {
            v = 0.0;
        }
        return hashLong(Double.isNaN(v) ? 0x7ff8000000000000L : Double.doubleToLongBits(v));
    }

    public static int hashBoolean(boolean v) {
        return v ? 0x2f3a1c5d : 0x6b1e7a93;
    }

    public static int hashBytes(byte[] data, int from, int to) {
        long h = 0xcbf29ce484222325L;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (data[i] & 0xffL)
                    | (data[i + 1] & 0xffL) << 8
                    | (data[i + 2] & 0xffL) << 16
                    | (data[i + 3] & 0xffL) << 24
                    | (data[i + 4] & 0xffL) << 32
                    | (data[i + 5] & 0xffL) << 40
                    | (data[i + 6] & 0xffL) << 48
                    | (data[i + 7] & 0xffL) << 56;
            h = (h ^ w) * 0x100000001b3L;
            h ^= h >>> 29;
        }
        for (; i < to; i++) {
            h = (h ^ (data[i] & 0xff)) * 0x100000001b3L;
        }
        return hashLong(h ^ (to - from));
    }

    /** Combines the hash so far with the next key column's hash. */
    public static int combine(int seed, int next) {
        return seed * 31 + next;
    }
}
