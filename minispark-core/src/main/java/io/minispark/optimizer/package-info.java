/**
 * Rewrites of the logical plan, one small rule per class, run in batches by {@code Optimizer}: predicate pushdown, constant folding, column pruning, block skipping.
 */
package io.minispark.optimizer;
