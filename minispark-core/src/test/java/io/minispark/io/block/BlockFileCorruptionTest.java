package io.minispark.io.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockFileCorruptionTest {
    @TempDir
    Path temp;

    Path file;

    @BeforeEach
    void writeFile() {
        file = temp.resolve("good.msb");
        try (BlockFileWriter writer = new BlockFileWriter(file, BlockFileRoundTripTest.ALL_TYPES, new BlockFileOptions(100, 1 << 20))) {
            writer.write(BlockFileRoundTripTest.allTypes(0, 300));
        }
    }

    /** Offset of a column's chunk in a block, from the chunk sizes the reader reports reading. */
    private long chunkOffset(int block, int column) {
        // Chunks are laid out block by block, column by column: sum the sizes before this one.
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            long offset = 8;
            for (int b = 0; b <= block; b++) {
                for (int c = 0; c < reader.schema().size(); c++) {
                    if (b == block && c == column) {
                        return offset;
                    }
                    long before = reader.bytesRead();
                    reader.readBlock(b, new int[] {c});
                    offset += reader.bytesRead() - before;
                }
            }
        }
        throw new AssertionError("unreachable");
    }

    private void flipByte(long position) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(position);
            int value = raw.read();
            raw.seek(position);
            raw.write(value ^ 0x40);
        }
    }

    @Test
    void aFlippedByteInADataChunkIsACorruptFileErrorNamingFileBlockAndColumn() throws IOException {
        flipByte(chunkOffset(1, 2) + 17);
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            reader.readBlock(0);
            reader.readBlock(2);
            assertThatThrownBy(() -> reader.readBlock(1, new int[] {2}))
                    .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("block 1")
                    .hasMessageContaining("\"big\"");
            // Other columns of the damaged block are separate chunks and still read: proof that only
            // the selected chunks are fetched and checked.
            assertThat(reader.readBlock(1, new int[] {0, 1, 3, 4, 5, 6}).rowCount()).isEqualTo(100);
        }
    }

    @Test
    void aFlippedByteInAStringChunkIsDetected() throws IOException {
        flipByte(chunkOffset(2, 4) + 500);
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            assertThatThrownBy(() -> reader.readBlock(2, new int[] {4}))
                    .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
                    .hasMessageContaining("block 2")
                    .hasMessageContaining("\"name\"");
        }
    }

    @Test
    void aTruncatedFileIsACorruptFileErrorNamingIt() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int keep : new int[] {bytes.length - 1, bytes.length / 2, 20, 3, 0}) {
            Path truncated = temp.resolve("truncated-" + keep + ".msb");
            Files.write(truncated, Arrays.copyOf(bytes, keep));
            assertThatThrownBy(() -> BlockFileReader.open(truncated))
                    .as("file cut to %d bytes", keep)
                    .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
                    .hasMessageContaining(truncated.toString());
        }
    }

    @Test
    void badMagicIsACorruptFileError() throws IOException {
        flipByte(0);
        assertThatThrownBy(() -> BlockFileReader.open(file))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("magic");
    }

    @Test
    void aDamagedFooterIsACorruptFileError() throws IOException {
        flipByte(Files.size(file) - 16 - 30);
        assertThatThrownBy(() -> BlockFileReader.open(file))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("footer");
    }

    @Test
    void aFileThatIsNotABlockFileIsRejected() throws IOException {
        Path text = temp.resolve("notes.msb");
        Files.writeString(text, "just some text that is long enough to have a trailer\n");
        assertThatThrownBy(() -> BlockFileReader.open(text))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE));
    }

    @Test
    void aMissingFileIsFileNotFound() {
        Path missing = temp.resolve("missing.msb");
        assertThatThrownBy(() -> BlockFileReader.open(missing))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_NOT_FOUND))
                .hasMessageContaining(missing.toString());
    }

    @Test
    void anUnfinishedFileIsUnreadable() {
        Path unfinished = temp.resolve("unfinished.msb");
        BlockFileWriter writer = new BlockFileWriter(unfinished, BlockFileRoundTripTest.ALL_TYPES, new BlockFileOptions(10, 1 << 20));
        writer.write(BlockFileRoundTripTest.allTypes(0, 35));
        // Three blocks are on disk, but without a footer the file must not read as complete.
        assertThatThrownBy(() -> BlockFileReader.open(unfinished))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE));
        writer.abort();
        assertThat(unfinished).doesNotExist();
    }
}
