package io.minispark.io.block;

import java.nio.file.Path;

/** What a finished {@link BlockFileWriter} produced: the file, its rows, blocks and size on disk. */
public record BlockFileSummary(Path path, long rowCount, int blockCount, long byteCount) {
}
