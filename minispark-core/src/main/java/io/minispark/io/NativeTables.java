package io.minispark.io;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.block.BlockFileReader;
import io.minispark.io.block.DecodedBlockCache;
import io.minispark.types.Schema;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** The part files of a native table directory, in name order. */
    public static List<Path> partFiles(Path directory) {
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
