/**
 * The native columnar block file format: files of column-major blocks with per-chunk CRC32C
 * checksums and per-block min/max statistics in a footer. Tables, shuffle files and spill files all
 * use it; readers fetch only the column chunks they need with positional reads, so scans of a few
 * columns touch only those bytes, and blocks whose statistics rule them out are never read.
 *
 * <p>Layout of one file (all integers little-endian):
 * <pre>
 *   "MSBLOCK1"                      8-byte magic
 *   block 0: chunk(col 0) chunk(col 1) ...
 *   block 1: ...
 *   footer                          schema, then per block: offset, rows, per chunk: offset, length,
 *                                   CRC32C, null count, min, max
 *   footer length (int32), footer CRC32C (int32), "MSBLOCK1"
 * </pre>
 * A chunk is an optional null bitmap (present when the footer's null count is positive) followed by
 * the values: bit-packed booleans, 4-byte ints, 8-byte longs or doubles, or for strings
 * {@code rows + 1} int offsets followed by the UTF-8 bytes.
 */
package io.minispark.io.block;
