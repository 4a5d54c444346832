package io.minispark.io;

import java.nio.file.Path;

/** What a committed {@link NativeTableWriter} produced: the table directory, rows, part files and bytes. */
public record NativeTableSummary(Path directory, long rowCount, int partCount, long byteCount) {
}
