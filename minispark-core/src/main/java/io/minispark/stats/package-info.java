/**
 * Estimates of how many rows a logical plan produces and how many distinct values a column holds,
 * from table statistics; join ordering and the choice of join strategy rely on them.
 */
package io.minispark.stats;
