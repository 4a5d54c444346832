package io.minispark.io.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.Session;
import io.minispark.io.NativeTableWriter;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoded chunks are served again to repeated scans, and never after their table was rewritten. */
class DecodedBlockCacheTest {
    @TempDir
    Path data;

    private void writeTable(long first) {
        Schema schema = Schema.of(new Field("n", DataType.BIGINT));
        long[] values = new long[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = first + i;
        }
        try (NativeTableWriter writer = new NativeTableWriter(data.resolve("numbers"), schema, new BlockFileOptions(100, 1 << 20),
                Long.MAX_VALUE, true)) {
            writer.write(new Batch(new Vector[] {new LongVector(DataType.BIGINT, values, null)}, values.length));
            writer.commit();
        }
    }

    private long sum() {
        try (Session session = Session.builder().dataDir(data).build()) {
            return session.sql("SELECT sum(n) FROM numbers").collect().get(0).getLong(0);
        }
    }

    @Test
    void aRewrittenTableIsReadAgainNotServedFromTheCache() {
        writeTable(0);
        assertThat(sum()).isEqualTo(499_500L);
        assertThat(sum()).as("a repeated scan").isEqualTo(499_500L);
        // Same size, same layout, other values: only the file's identity tells the versions apart.
        writeTable(1);
        assertThat(sum()).isEqualTo(500_500L);
    }

    @Test
    void aCachedChunkIsDecodedOnce() {
        DecodedBlockCache cache = new DecodedBlockCache(1 << 20);
        DecodedBlockCache.ChunkKey key = new DecodedBlockCache.ChunkKey("f", 1L, 10, 0, 0, 0);
        int[] decodes = {0};
        Supplier<Vector> decode = () -> {
            decodes[0]++;
            return new LongVector(DataType.BIGINT, new long[] {42}, null);
        };
        Vector first = cache.get(key, decode);
        Vector second = cache.get(key, decode);
        assertThat(second).isSameAs(first);
        assertThat(decodes[0]).isEqualTo(1);
        assertThat(new DecodedBlockCache(0).get(key, decode)).as("a disabled cache decodes every time").isNotSameAs(first);
    }
}
