package io.minispark.exec;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memory that blocking operators ask for before they grow (hash tables, sort buffers) and that the
 * exchange asks for before it keeps a stage's output in memory. Operators fail on a refusal today
 * (spilling operators will react to it instead); the exchange writes files instead.
 */
public final class MemoryBudget {
    private final long limitBytes;
    private final AtomicLong used = new AtomicLong();
    private final AtomicLong peak = new AtomicLong();

    public MemoryBudget(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    public static MemoryBudget unlimited() {
        return new MemoryBudget(Long.MAX_VALUE);
    }

    /** Reserves bytes or throws when the budget would be exceeded. */
    public void reserve(long bytes) {
        if (!tryReserve(bytes)) {
            throw new MinisparkException(ErrorCode.IO_ERROR,
                    "query needs more than its memory budget of " + limitBytes + " bytes");
        }
    }

    /** Reserves bytes if the budget has room; false, reserving nothing, when it has not. */
    public boolean tryReserve(long bytes) {
        long now = used.addAndGet(bytes);
        if (now > limitBytes) {
            used.addAndGet(-bytes);
            return false;
        }
        peak.accumulateAndGet(now, Math::max);
        return true;
    }

    public void release(long bytes) {
        used.addAndGet(-bytes);
    }

    public long used() {
        return used.get();
    }

    public long peak() {
        return peak.get();
    }
}
