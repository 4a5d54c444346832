package io.minispark.physical;

/** The knobs physical planning depends on. */
public record PlannerSettings(int shufflePartitions, boolean broadcastJoins, long broadcastThresholdBytes) {
}
