package io.minispark.io.block;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.util.function.Supplier;

/**
 * Decoded column chunks of table files kept in memory, so that repeated scans of the same table skip
 * reading, checksumming and decoding — what an in-memory engine's buffer pool gives it. Bounded by
 * bytes (by default an eighth of the maximum heap; {@code -Dminispark.blockCache.bytes=N}, 0 turns it
 * off) and keyed by the file's identity (inode), size and modification time, so a rewritten table is
 * never served from stale entries. A chunk read from disk is always checksummed first. Shuffle and result files, which
 * live for one query, are not cached.
 */
public final class DecodedBlockCache {
    private static final DecodedBlockCache SHARED = new DecodedBlockCache(Long.getLong("minispark.blockCache.bytes",
            Runtime.getRuntime().maxMemory() / 8));

    /** Identifies one column chunk of one version of a file. */
    record ChunkKey(String path, Object fileKey, long size, long modifiedMillis, int block, int column) {
    }

    /** Identifies one version of a file. */
    record FileVersion(String path, Object fileKey, long size, long modifiedMillis) {
    }

    /** A checked, decoded footer: the schema, the blocks' metadata, and the footer's size on disk. */
    record Footer(io.minispark.types.Schema schema, java.util.List<BlockMetadata> blocks, long bytes) {
    }

    private static final int MAX_FOOTERS = 10_000;

    private final Cache<ChunkKey, Vector> cache;
    // Footers are small and read by every query that plans, sizes or scans a table (each job opens its
    // split's file): decoding them again cost more than a short query's own work.
    private final Cache<FileVersion, Footer> footers;

    DecodedBlockCache(long maximumBytes) {
        // Maintenance (eviction, access order) runs on the reading thread instead of the common pool:
        // on a machine with as many workers as cores, a pool thread waking up takes a core from them.
        this.cache = maximumBytes <= 0 ? null : Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumWeight(maximumBytes)
                .weigher((ChunkKey key, Vector vector) -> (int) Math.min(Integer.MAX_VALUE, bytes(vector)))
                .build();
        this.footers = maximumBytes <= 0 ? null : Caffeine.newBuilder().executor(Runnable::run).maximumSize(MAX_FOOTERS).build();
    }

    /** The cached footer of this file version, or the one {@code read} produces (then cached). */
    Footer footer(FileVersion version, Supplier<Footer> read) {
        return getOrLoad(footers, version, read);
    }

    public static DecodedBlockCache shared() {
        return SHARED;
    }

    /** The cached chunk, or the one {@code decode} produces (then cached). */
    Vector get(ChunkKey key, Supplier<Vector> decode) {
        return getOrLoad(cache, key, decode);
    }

    private static <K, V> V getOrLoad(Cache<K, V> cache, K key, Supplier<V> load) {
        if (cache == null) {
            return load.get();
        }
        V cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        // Load outside the cache's lock: two jobs may load the same entry once each, never wrongly.
        V loaded = load.get();
        cache.put(key, loaded);
        return loaded;
    }

    /** Forgets everything (tests, and users who want cold scans). */
    public void clear() {
        if (cache != null) {
            cache.invalidateAll();
            footers.invalidateAll();
        }
    }

    private static long bytes(Vector vector) {
        long values = switch (vector) {
            case BooleanVector b -> b.length();
            case IntVector i -> 4L * i.length();
            case LongVector l -> 8L * l.length();
            case DoubleVector d -> 8L * d.length();
            case StringVector s -> s.data().length + 4L * s.length();
        };
        return 64 + values + (vector.mayHaveNulls() ? vector.length() : 0);
    }
}
