/**
 * Jobs and their execution: the driver creates each stage's jobs (one per input split or partition) from the files earlier stages wrote, and an execution engine (sequential or a thread pool) runs them.
 */
package io.minispark.scheduler;
