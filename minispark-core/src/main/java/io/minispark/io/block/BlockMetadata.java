package io.minispark.io.block;

import java.util.List;

/** The footer entry of one block: where it starts, how many rows it has, and its column chunks. */
record BlockMetadata(long offset, int rowCount, List<ChunkMetadata> chunks) {
    BlockMetadata {
        chunks = List.copyOf(chunks);
    }

    BlockStatistics statistics() {
        return new BlockStatistics(rowCount, chunks.stream().map(ChunkMetadata::statistics).toList());
    }
}
