/**
 * Running a stage: push-based pipelines of operators over columnar batches, a memory budget blocking operators reserve from, and the task context a job runs with.
 */
package io.minispark.exec;
