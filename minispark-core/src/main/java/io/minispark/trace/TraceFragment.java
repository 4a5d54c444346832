package io.minispark.trace;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events one process recorded, ready to be merged into a trace file: its process id and name,
 * the names of its tracks (one per thread or worker), and the offset that moves its clock onto the
 * driver's. The driver's own fragment has offset 0; a worker process's fragment gets the offset
 * {@link ClockOffset} estimates when the driver collects it.
 *
 * @param clockOffsetNanos added to every event's timestamps to put them on the driver's clock
 * @param originEpochMicros wall-clock time of the process's clock origin (a fallback for alignment)
 */
public record TraceFragment(long pid, String processName, Map<Long, String> trackNames, long clockOffsetNanos,
                            long originEpochMicros, List<TraceEvent> events) implements Serializable {
    public TraceFragment {
        trackNames = new TreeMap<>(trackNames);
        events = List.copyOf(events);
    }

    /** The same events, moved onto another clock by {@code offsetNanos}. */
    public TraceFragment withClockOffset(long offsetNanos) {
        return new TraceFragment(pid, processName, trackNames, offsetNanos, originEpochMicros, events);
    }
}
