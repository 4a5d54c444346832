/**
 * CSV tables: RFC 4180 files with a header row, parsed by FastCSV. Readers stream batches of only
 * the selected columns (other fields are counted but never copied or converted); schema inference
 * samples the first rows and picks the narrowest type per column. Every malformed line is reported
 * with the file, its 1-based physical line number, the column and the offending value.
 */
package io.minispark.io.csv;
