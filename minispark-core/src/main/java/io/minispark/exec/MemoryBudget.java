package io.minispark.exec;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memory that blocking operators ask for before they grow (hash tables, sort buffers). Today it only
 * accounts and refuses past a limit; spilling operators will react to a refusal instead of failing.
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
        long now = used.addAndGet(bytes);
        if (now > limitBytes) {
            used.addAndGet(-bytes);
            throw new MinisparkException(ErrorCode.IO_ERROR,
                    "query needs more than its memory budget of " + limitBytes + " bytes");
        }
        peak.accumulateAndGet(now, Math::max);
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
