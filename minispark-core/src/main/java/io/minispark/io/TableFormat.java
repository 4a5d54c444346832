package io.minispark.io;

/** How a table is stored on disk. */
public enum TableFormat {
    /** An RFC 4180 CSV file with a header row. */
    CSV,
    /** A directory of minispark block files (column-major blocks with statistics and checksums). */
    NATIVE
}
