package io.minispark.trace;

/**
 * The one clock trace timestamps come from in a process: {@link System#nanoTime()} relative to an
 * origin taken once per process. Monotonic, so spans never run backwards; the origin's wall-clock
 * time lets fragments of other processes be roughly aligned when no better offset is known.
 */
public final class TraceClock {
    private static final long ORIGIN_NANOS = System.nanoTime();
    private static final long ORIGIN_EPOCH_MICROS = System.currentTimeMillis() * 1000;

    private TraceClock() {
    }

    /** Nanoseconds since this process's origin, now. */
    public static long now() {
        return System.nanoTime() - ORIGIN_NANOS;
    }

    /** Turns a {@link System#nanoTime()} reading of this process into nanoseconds since its origin. */
    public static long sinceOrigin(long nanoTime) {
        return nanoTime - ORIGIN_NANOS;
    }

    /** Wall-clock time of the origin, in microseconds since the epoch (millisecond precision). */
    public static long originEpochMicros() {
        return ORIGIN_EPOCH_MICROS;
    }
}
