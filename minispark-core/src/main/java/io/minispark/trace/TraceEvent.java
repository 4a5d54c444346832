package io.minispark.trace;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One span of a trace: what ran ({@code name}, {@code category}), on which track of its process, from
 * when and for how long (nanoseconds on its process's {@link TraceClock}), with a few arguments
 * (numbers and strings). Plain data, so a worker process can ship its events to the driver.
 */
public record TraceEvent(String name, String category, long track, long startNanos, long durationNanos,
                         Map<String, Object> args) implements Serializable {
    public TraceEvent {
        // Keep the caller's argument order: it is the order trace viewers list them in.
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    public long endNanos() {
        return startNanos + durationNanos;
    }

    /** A numeric argument, or {@code fallback} when absent. */
    public long longArg(String key, long fallback) {
        return args.get(key) instanceof Number n ? n.longValue() : fallback;
    }
}
