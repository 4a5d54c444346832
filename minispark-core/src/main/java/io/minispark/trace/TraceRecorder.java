package io.minispark.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects the trace events of one process: the driver's phases (parse, analyze, optimize, plan,
 * each stage, and later compile) on the driver track, and each job on the track of the worker that
 * ran it. Thread-safe: workers record concurrently. Events are recorded per phase or job, never per
 * row, and {@link #off()} records nothing at all, so tracing costs next to nothing when it is off.
 * A worker process (later) has its own recorder and ships its {@link #fragment()} to the driver.
 */
public final class TraceRecorder {
    /** The track of the driver's own work. */
    public static final long DRIVER_TRACK = 0;
    /** The track of the driver's stage compiler, which prepares later stages while earlier ones run. */
    public static final long COMPILER_TRACK = 1_000;

    private static final TraceRecorder OFF = new TraceRecorder(false, "off");

    private final boolean enabled;
    private final String processName;
    private final ConcurrentLinkedQueue<TraceEvent> events = new ConcurrentLinkedQueue<>();
    private final Map<Long, String> trackNames = new ConcurrentHashMap<>();

    private TraceRecorder(boolean enabled, String processName) {
        this.enabled = enabled;
        this.processName = processName;
        if (enabled) {
            trackNames.put(DRIVER_TRACK, "driver");
        }
    }

    /** A recorder that records nothing; its spans cost one branch. */
    public static TraceRecorder off() {
        return OFF;
    }

    /** A recording recorder for this process, shown under {@code processName}. */
    public static TraceRecorder create(String processName) {
        // Fix the process's clock origin now, so no span recorded from here on starts before it.
        TraceClock.now();
        return new TraceRecorder(true, processName);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The track of worker {@code workerId} (threads in this process, or the workers of a worker process). */
    public static long workerTrack(int workerId) {
        return 1L + workerId;
    }

    /** Starts a span on the driver track; close it (try-with-resources) to record it. */
    public Span span(String name) {
        return span(DRIVER_TRACK, name, "driver");
    }

    /** Starts a span on any track; close it to record it. */
    public Span span(long track, String name, String category) {
        return enabled ? new Span(this, track, name, category, System.nanoTime()) : Span.NONE;
    }

    /**
     * Records a finished span from two {@link System#nanoTime()} readings taken in this process.
     * Callers should build {@code args} only when {@link #enabled()}.
     */
    public void complete(long track, String name, String category, long startNanoTime, long endNanoTime,
                         Map<String, Object> args) {
        if (enabled) {
            events.add(new TraceEvent(name, category, track, TraceClock.sinceOrigin(startNanoTime),
                    Math.max(0, endNanoTime - startNanoTime), args));
        }
    }

    /** Names a track, as trace viewers show it (e.g. "worker 3"). */
    public void nameTrack(long track, String name) {
        if (enabled) {
            trackNames.putIfAbsent(track, name);
        }
    }

    /** How many events were recorded so far. */
    public int size() {
        return events.size();
    }

    /** Everything recorded so far, on this process's clock (offset 0). */
    public TraceFragment fragment() {
        List<TraceEvent> copy = new ArrayList<>(events);
        return new TraceFragment(ProcessHandle.current().pid(), processName, trackNames, 0,
                TraceClock.originEpochMicros(), copy);
    }

    /** Forgets every event recorded so far (track names stay). */
    public void clear() {
        events.clear();
    }

    /** A span being timed; recorded when closed. Arguments added before closing go with it. */
    public static final class Span implements AutoCloseable {
        static final Span NONE = new Span(null, 0, null, null, 0);

        private final TraceRecorder recorder;
        private final long track;
        private final String name;
        private final String category;
        private final long start;
        private Map<String, Object> args;

        private Span(TraceRecorder recorder, long track, String name, String category, long start) {
            this.recorder = recorder;
            this.track = track;
            this.name = name;
            this.category = category;
            this.start = start;
        }

        /** Adds an argument shown with the span; ignored when tracing is off. */
        public Span arg(String key, Object value) {
            if (recorder != null) {
                if (args == null) {
                    args = new LinkedHashMap<>();
                }
                args.put(key, value);
            }
            return this;
        }

        @Override
        public void close() {
            if (recorder != null) {
                recorder.complete(track, name, category, start, System.nanoTime(), args == null ? Map.of() : args);
            }
        }
    }
}
