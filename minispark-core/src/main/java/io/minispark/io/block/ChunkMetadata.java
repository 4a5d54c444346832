package io.minispark.io.block;

/** Where one column chunk lives in a block file, its CRC32C checksum and its statistics. */
record ChunkMetadata(long offset, long length, int checksum, ColumnStatistics statistics) {
}
