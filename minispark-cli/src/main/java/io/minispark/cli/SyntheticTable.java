package io.minispark.cli;

import io.minispark.io.NativeTableWriter;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.nio.file.Path;

/**
 * Generates a large native table batch by batch (memory stays bounded by one batch), with values
 * derived from the row number so that runs are reproducible: id, key (1000 groups), category
 * (97 strings), amount, quantity, day.
 */
final class SyntheticTable {
    static final Schema SCHEMA = Schema.of(
            new Field("id", DataType.BIGINT), new Field("key", DataType.INT), new Field("category", DataType.STRING),
            new Field("amount", DataType.DOUBLE), new Field("quantity", DataType.INT), new Field("day", DataType.DATE));
    /** Approximate bytes a row takes on disk, used to turn a size target into a row count. */
    static final int BYTES_PER_ROW = 43;

    private SyntheticTable() {
    }

    static long write(Path directory, long rows, int batchSize) {
        BlockFileOptions blocks = BlockFileOptions.defaults();
        try (NativeTableWriter writer = new NativeTableWriter(directory, SCHEMA, blocks, 8L << 20, false)) {
            for (long start = 0; start < rows; start += batchSize) {
                writer.write(batch(start, (int) Math.min(batchSize, rows - start)));
            }
            writer.commit();
        }
        return rows;
    }

    private static Batch batch(long start, int n) {
        long[] id = new long[n];
        int[] key = new int[n];
        double[] amount = new double[n];
        int[] quantity = new int[n];
        int[] day = new int[n];
        StringVector.Builder category = new StringVector.Builder(n, n * 8);
        for (int i = 0; i < n; i++) {
            long row = start + i;
            long mixed = row * 0x9E3779B97F4A7C15L;
            id[i] = row;
            key[i] = (int) Math.floorMod(mixed >>> 20, 1000L);
            amount[i] = ((mixed >>> 40) % 100_000) / 100.0;
            quantity[i] = (int) ((mixed >>> 10) % 50) + 1;
            day[i] = 18_000 + (int) (row % 2000);
            category.append("cat-" + (row % 97));
        }
        return new Batch(new Vector[] {
            new LongVector(DataType.BIGINT, id, null), new IntVector(DataType.INT, key, null), category.build(),
            new DoubleVector(DataType.DOUBLE, amount, null), new IntVector(DataType.INT, quantity, null),
            new IntVector(DataType.DATE, day, null)}, n);
    }
}
