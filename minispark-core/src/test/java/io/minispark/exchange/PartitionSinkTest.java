package io.minispark.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.MinisparkException;
import io.minispark.exec.MemoryBudget;
import io.minispark.io.BatchReader;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a job's output partitions go: memory while the exchange grants it, a file once it refuses. */
class PartitionSinkTest {
    private static final Schema SCHEMA = new Schema(List.of(new Field("n", DataType.BIGINT, true),
            new Field("s", DataType.STRING, true)));

    @TempDir
    Path folder;

    /** Rows {@code from..from+count-1}: n = the row number (NULL every 7th), s = its text. */
    private static Batch rows(long from, int count) {
        long[] n = new long[count];
        boolean[] nulls = new boolean[count];
        StringVector.Builder s = new StringVector.Builder(count);
        for (int i = 0; i < count; i++) {
            n[i] = from + i;
            nulls[i] = (from + i) % 7 == 0;
            s.append("row " + (from + i));
        }
        return new Batch(new Vector[] {new LongVector(DataType.BIGINT, n, nulls), s.build(DataType.STRING)}, count);
    }

    private static List<String> read(ShuffleBlock block, ExchangeBuffers buffers, int batchSize, int[] largestBatch) {
        List<String> out = new ArrayList<>();
        try (BatchReader reader = ShuffleBlockReader.open(block, buffers, batchSize)) {
            for (Batch batch = reader.next(); batch != null; batch = reader.next()) {
                largestBatch[0] = Math.max(largestBatch[0], batch.rowCount());
                for (int r = 0; r < batch.rowCount(); r++) {
                    out.add(batch.column(0).getObject(r) + "/" + batch.column(1).getObject(r));
                }
            }
        }
        return out;
    }

    private static List<String> expected(long from, int count) {
        List<String> out = new ArrayList<>();
        for (long i = from; i < from + count; i++) {
            out.add((i % 7 == 0 ? "null" : Long.toString(i)) + "/row " + i);
        }
        return out;
    }

    private List<Path> files() throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void smallSlicesStayInMemoryCoalescedIntoBatchSizedBatchesInOrder() throws IOException {
        ExchangeBuffers buffers = new ExchangeBuffers(1 << 20, MemoryBudget.unlimited());
        PartitionSink sink = new PartitionSink(buffers, folder.resolve("worker-0"), "stage0-job0", SCHEMA, 3, 8);
        for (int i = 0; i < 10; i++) {
            sink.write(0, rows(3L * i, 3));
        }
        sink.write(2, rows(100, 5));
        Map<Integer, ShuffleBlock> blocks = sink.finish();

        assertThat(blocks.keySet()).containsExactly(0, 2);
        assertThat(blocks.get(0)).isInstanceOf(ShuffleBlock.Memory.class);
        assertThat(blocks.get(0).rows()).isEqualTo(30);
        assertThat(buffers.batches((ShuffleBlock.Memory) blocks.get(0))).as("coalesced, not 10 slices").hasSizeLessThanOrEqualTo(4);
        int[] largest = new int[1];
        assertThat(read(blocks.get(0), buffers, 4, largest)).containsExactlyElementsOf(expected(0, 30));
        assertThat(largest[0]).as("the reader's batch size bounds its batches").isLessThanOrEqualTo(4);
        assertThat(read(blocks.get(2), buffers, 1024, largest)).containsExactlyElementsOf(expected(100, 5));
        assertThat(files()).as("nothing touched the disk").isEmpty();
        assertThat(sink.memoryBytes()).isEqualTo(blocks.get(0).bytes() + blocks.get(2).bytes());
        assertThat(sink.spilledBytes()).isZero();
        assertThat(buffers.usedBytes()).isEqualTo(blocks.get(0).bytes() + blocks.get(2).bytes()).isPositive();

        buffers.drop(blocks.get(0));
        assertThat(buffers.usedBytes()).isEqualTo(blocks.get(2).bytes());
        assertThatThrownBy(() -> read(blocks.get(0), buffers, 4, largest)).isInstanceOf(MinisparkException.class)
                .hasMessageContaining("stage0-job0-part0");
        buffers.close();
        assertThat(buffers.usedBytes()).isZero();
    }

    @Test
    void aPartitionThatOutgrowsTheExchangeMovesEveryRowToItsFileInOrder() throws IOException {
        ExchangeBuffers buffers = new ExchangeBuffers(600, MemoryBudget.unlimited());
        PartitionSink sink = new PartitionSink(buffers, folder.resolve("worker-1"), "stage1-job4", SCHEMA, 2, 16);
        for (int i = 0; i < 40; i++) {
            sink.write(i % 2, rows(5L * i, 5));
        }
        Map<Integer, ShuffleBlock> blocks = sink.finish();

        assertThat(blocks.values()).allMatch(b -> b instanceof ShuffleBlock.File);
        assertThat(files()).hasSize(2).allMatch(p -> p.getParent().getFileName().toString().equals("worker-1"));
        List<String> all = new ArrayList<>(read(blocks.get(0), buffers, 16, new int[1]));
        all.addAll(read(blocks.get(1), buffers, 16, new int[1]));
        List<String> want = new ArrayList<>();
        for (int i = 0; i < 40; i += 2) {
            want.addAll(expected(5L * i, 5));
        }
        for (int i = 1; i < 40; i += 2) {
            want.addAll(expected(5L * i, 5));
        }
        assertThat(all).containsExactlyElementsOf(want);
        assertThat(buffers.usedBytes()).as("spilled rows gave their memory back").isZero();
        assertThat(sink.memoryBytes()).isZero();
        assertThat(sink.spilledBytes()).isEqualTo(blocks.get(0).bytes() + blocks.get(1).bytes()).isPositive();
        assertThat(buffers.peakBytes()).isPositive().isLessThanOrEqualTo(600);
    }

    @Test
    void theQueryBudgetRefusesTooEvenWhenTheExchangeHasRoom() {
        MemoryBudget budget = new MemoryBudget(100);
        ExchangeBuffers buffers = new ExchangeBuffers(1 << 20, budget);
        PartitionSink sink = new PartitionSink(buffers, folder.resolve("worker-0"), "stage0-job1", SCHEMA, 1, 4096);
        for (int i = 0; i < 10; i++) {
            sink.write(0, rows(10L * i, 10));
        }
        ShuffleBlock block = sink.finish().get(0);
        assertThat(block).isInstanceOf(ShuffleBlock.File.class);
        assertThat(read(block, buffers, 4096, new int[1])).containsExactlyElementsOf(expected(0, 100));
        assertThat(budget.used()).isZero();
    }

    @Test
    void withoutBuffersEveryPartitionIsAFile() throws IOException {
        PartitionSink sink = new PartitionSink(null, folder.resolve("worker-2"), "stage2-job0", SCHEMA, 4, 4096);
        sink.write(3, rows(0, 3));
        Map<Integer, ShuffleBlock> blocks = sink.finish();
        assertThat(blocks.get(3)).isInstanceOf(ShuffleBlock.File.class);
        assertThat(blocks.get(3).rows()).isEqualTo(3);
        assertThat(files()).hasSize(1);
        assertThat(sink.spilledBytes()).as("files by design are no spill").isZero();
        assertThat(read(blocks.get(3), null, 4096, new int[1])).containsExactlyElementsOf(expected(0, 3));
    }

    @Test
    void anUnfinishedJobGivesBackItsMemoryAndLeavesNoFile() throws IOException {
        ExchangeBuffers buffers = new ExchangeBuffers(500, MemoryBudget.unlimited());
        PartitionSink sink = new PartitionSink(buffers, folder.resolve("worker-0"), "stage0-job2", SCHEMA, 2, 4096);
        sink.write(0, rows(0, 2));
        for (int i = 0; i < 20; i++) {
            sink.write(1, rows(10L * i, 10));
        }
        assertThat(buffers.usedBytes()).isPositive();
        assertThat(files()).hasSize(1);
        sink.close();
        assertThat(buffers.usedBytes()).isZero();
        assertThat(files()).isEmpty();
    }

    @Test
    void aMemoryBlockCannotBeReadWithoutTheQuerysBuffers() {
        ShuffleBlock block = new ShuffleBlock.Memory("stage0-job0-part0", 1, 8);
        assertThatThrownBy(() -> ShuffleBlockReader.open(block, null, 16)).isInstanceOf(MinisparkException.class)
                .hasMessageContaining("held in memory");
    }
}
