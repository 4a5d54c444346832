package io.minispark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listings of table directories are reused only while the directory's modification time proves them current. */
class NativeTablesTest {
    @TempDir
    Path dir;

    private Path part(int index) throws IOException {
        return Files.writeString(dir.resolve(NativeTables.partFileName(index)), "x");
    }

    @Test
    void aSettledListingIsReusedUntilTheDirectoryChanges() throws IOException {
        Path first = part(0);
        FileTime settled = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(dir, settled);
        assertThat(NativeTables.partFiles(dir)).containsExactly(first);

        // A change that leaves the time as it was (as within one tick of a coarse clock) is not seen...
        Path second = part(1);
        Files.setLastModifiedTime(dir, settled);
        assertThat(NativeTables.partFiles(dir)).as("the kept listing").containsExactly(first);
        // ...any change of the time is.
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(NativeTables.partFiles(dir)).containsExactly(first, second);
    }

    @Test
    void aDirectoryChangedMomentsAgoIsListedEveryTime() throws IOException {
        Path first = part(0);
        FileTime recent = Files.getLastModifiedTime(dir);
        assertThat(NativeTables.partFiles(dir)).containsExactly(first);

        Path second = part(1);
        Files.setLastModifiedTime(dir, recent);
        assertThat(NativeTables.partFiles(dir)).containsExactly(first, second);
        Files.delete(first);
        Files.setLastModifiedTime(dir, recent);
        assertThat(NativeTables.partFiles(dir)).containsExactly(second);
    }
}
