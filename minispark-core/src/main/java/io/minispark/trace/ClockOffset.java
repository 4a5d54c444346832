package io.minispark.trace;

/**
 * How far apart two processes' trace clocks are: the nanoseconds to add to a worker's timestamps to
 * put them on the driver's clock. Each process measures from its own origin, so fragments from
 * worker processes are merged with such an offset.
 */
public final class ClockOffset {
    private ClockOffset() {
    }

    /**
     * Estimates the offset from one round trip (Cristian's method): the driver asks at
     * {@code driverSentNanos}, the worker answers with its clock reading {@code workerNanos}, the
     * answer arrives at {@code driverReceivedNanos}. The worker is assumed to have read its clock
     * half-way through the round trip, so the error is at most half the round trip.
     */
    public static long estimate(long driverSentNanos, long workerNanos, long driverReceivedNanos) {
        long midpoint = driverSentNanos + (driverReceivedNanos - driverSentNanos) / 2;
        return midpoint - workerNanos;
    }

    /**
     * A coarse offset from the processes' wall-clock origins (millisecond precision), for when no
     * round trip was measured.
     */
    public static long fromWallClock(long driverOriginEpochMicros, long workerOriginEpochMicros) {
        return (workerOriginEpochMicros - driverOriginEpochMicros) * 1000;
    }
}
