/**
 * Seeing how queries ran: Chrome trace-event files (driver and worker tracks, one fragment per
 * process, merged with clock offsets), timeline pictures of them, per-query metrics (jobs, rows,
 * bytes, skew, per-operator figures) and the annotated plan EXPLAIN ANALYZE prints.
 */
package io.minispark.trace;
