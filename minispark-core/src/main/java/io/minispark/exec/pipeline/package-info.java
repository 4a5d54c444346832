/**
 * Builds and runs one job's pipeline — producer (scan or shuffle read) → operators → writer (shuffle partitions or the result, as exchange blocks) — from a stage's physical plan.
 */
package io.minispark.exec.pipeline;
