/**
 * Interpreted, vectorised physical operators: filter, project, limit, hash aggregation, hash and
 * nested-loop joins, and sort. Each operator is push-based: a producer pushes {@link
 * io.minispark.vector.Batch}es into it and then calls {@code finish()}, and the operator pushes its
 * own output (at most {@code TaskContext.batchSize()} rows per batch) to the next operator. Blocking
 * operators reserve memory from the task's {@link io.minispark.exec.MemoryBudget} before their
 * buffers and hash tables grow, so the engine can later spill instead of running out of heap. Hot
 * loops work over the primitive arrays of a whole batch at a time and never box values.
 */
package io.minispark.exec.operator;
