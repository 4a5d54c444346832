package io.minispark.exchange;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.exec.MemoryBudget;
import io.minispark.vector.Batch;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The memory blocks of one query: stage outputs that its in-process jobs handed on without writing a
 * file. Writers ask before they buffer a batch; the exchange grants memory up to its own share and
 * only while the query's budget has room, so a large shuffle goes to files instead of growing the heap
 * without bound. A block keeps its reservation until it is dropped (once every stage reading it has
 * run) or the query ends.
 */
public final class ExchangeBuffers implements AutoCloseable {
    private final MemoryBudget share;
    private final MemoryBudget budget;
    private final ConcurrentHashMap<String, Held> blocks = new ConcurrentHashMap<>();

    private record Held(List<Batch> batches, long bytes) {
    }

    /** Buffers holding at most {@code limitBytes}, each byte also reserved from the query's {@code budget}. */
    public ExchangeBuffers(long limitBytes, MemoryBudget budget) {
        this.share = new MemoryBudget(limitBytes);
        this.budget = budget;
    }

    /** Reserves room for {@code bytes} of buffered rows; false, reserving nothing, when either limit is reached. */
    public boolean tryReserve(long bytes) {
        if (!share.tryReserve(bytes)) {
            return false;
        }
        if (!budget.tryReserve(bytes)) {
            share.release(bytes);
            return false;
        }
        return true;
    }

    public void release(long bytes) {
        share.release(bytes);
        budget.release(bytes);
    }

    /** Keeps a finished partition's batches, whose {@code bytes} its writer reserved: the block now owns them. */
    public ShuffleBlock.Memory put(String id, List<Batch> batches, long rows, long bytes) {
        Held previous = blocks.put(id, new Held(List.copyOf(batches), bytes));
        if (previous != null) {
            release(previous.bytes()); // a job that ran again replaced its block
        }
        return new ShuffleBlock.Memory(id, rows, bytes);
    }

    public List<Batch> batches(ShuffleBlock.Memory block) {
        Held held = blocks.get(block.id());
        if (held == null) {
            throw new MinisparkException(ErrorCode.INTERNAL, "exchange block " + block.id()
                    + " is not held in this process (dropped before its last reader ran?)");
        }
        return held.batches();
    }

    /** Frees a block and its memory; nothing happens for a file block or one already dropped. */
    public void drop(ShuffleBlock block) {
        if (block instanceof ShuffleBlock.Memory memory) {
            free(memory.id());
        }
    }

    private void free(String id) {
        Held held = blocks.remove(id);
        if (held != null) {
            release(held.bytes());
        }
    }

    /** Bytes reserved now: held blocks and writers' buffers. */
    public long usedBytes() {
        return share.used();
    }

    public long peakBytes() {
        return share.peak();
    }

    /** Frees every block (the query ended). */
    @Override
    public void close() {
        List.copyOf(blocks.keySet()).forEach(this::free);
    }
}
