/**
 * Storage for the engine: resolving table names to files ({@link io.minispark.io.DataDirectory}),
 * splitting tables into scan units and opening streaming batch readers over them
 * ({@link io.minispark.io.TableScans}), atomic native table writes and CSV import. Data always moves
 * as columnar batches, and every reader holds at most one block or batch in memory, so files of any
 * size stream through a small heap.
 */
package io.minispark.io;
