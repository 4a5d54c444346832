/**
 * Jobs and their execution: the driver creates each stage's jobs (one per input split or partition) from the blocks earlier stages wrote (in memory or in files), and an execution engine (sequential or a thread pool) runs them.
 */
package io.minispark.scheduler;
