package io.minispark.io;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.block.BlockFileReader;
import io.minispark.io.block.DecodedBlockCache;
import io.minispark.types.Schema;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Conventions of native tables on disk: a directory of block files named {@code part-NNNNN.msb}.
 * Hidden entries (leading dot, such as a table being written) are never part of a table.
 */
public final class NativeTables {
    public static final String PART_SUFFIX = ".msb";

    private NativeTables() {
    }

    /** The file name of part number {@code index}: {@code part-00000.msb}, {@code part-00001.msb}, ... */
    public static String partFileName(int index) {
        return String.format("part-%05d%s", index, PART_SUFFIX);
    }

    /** Whether a path is a directory holding at least one part file. */
    public static boolean isNativeTable(Path directory) {
        return Files.isDirectory(directory) && !partFiles(directory).isEmpty();
    }

    /**
     * The part files of a native table directory, in name order. A query asks several times (to find
     * the table, read its schema, size it and split it), so a listing is reused while the directory's
     * identity and modification time are unchanged: adding, removing or renaming a part changes the
     * time. Only a listing of a directory unchanged for {@value #SETTLED_MILLIS} ms is kept, because a
     * change within the same tick of the file system's clock may leave the time as it was (the race
     * git's index avoids the same way).
     */
    public static List<Path> partFiles(Path directory) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(directory, BasicFileAttributes.class);
        } catch (IOException e) {
            return list(directory); // says what is wrong with the directory
        }
        Path key = directory.toAbsolutePath().normalize();
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Listing cached = LISTINGS.getIfPresent(key);
        if (cached != null && cached.modifiedNanos() == modified && Objects.equals(cached.identity(), attributes.fileKey())) {
            return cached.parts();
        }
        List<Path> parts = list(directory);
        if (attributes.fileKey() != null && System.currentTimeMillis() - attributes.lastModifiedTime().toMillis() > SETTLED_MILLIS) {
            LISTINGS.put(key, new Listing(attributes.fileKey(), modified, parts));
        }
        return parts;
    }

    static final long SETTLED_MILLIS = 2_000;

    private static final Cache<Path, Listing> LISTINGS = Caffeine.newBuilder().executor(Runnable::run).maximumSize(10_000).build();

    private record Listing(Object identity, long modifiedNanos, List<Path> parts) {
        Listing {
            parts = List.copyOf(parts);
        }
    }

    private static List<Path> list(Path directory) {
        List<Path> parts = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*" + PART_SUFFIX)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && Files.isRegularFile(entry)) {
                    parts.add(entry);
                }
            }
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot list table directory " + directory + ": " + e.getMessage(), e);
        }
        parts.sort(null);
        return parts;
    }

    /** The schema of a native table, from the footer of its first part file. */
    public static Schema readSchema(Path directory) {
        List<Path> parts = partFiles(directory);
        if (parts.isEmpty()) {
            throw new MinisparkException(ErrorCode.CORRUPT_FILE, "table directory " + directory + " has no part files");
        }
        try (BlockFileReader reader = BlockFileReader.openCached(parts.getFirst(), DecodedBlockCache.shared())) {
            return reader.schema();
        }
    }
}
