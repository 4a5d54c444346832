/**
 * The physical plan: join strategies (shuffle hash, broadcast hash, nested loop), two-phase aggregation, and the exchanges where rows are redistributed; {@code StageSplitter} cuts it into stages at those shuffle barriers.
 */
package io.minispark.physical;
