package io.minispark.io;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.io.block.BlockFileSummary;
import io.minispark.io.block.BlockFileWriter;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes a native table atomically: part files go into a hidden temporary sibling directory
 * ({@code .name.tmp-<random>}), which {@link #commit()} renames into place in one step. Until then
 * no reader can see the table, and {@link #abort()} (or closing without a commit, as
 * try-with-resources does after a failure) deletes everything written, so a half-written table
 * never appears.
 *
 * <p>{@link #write} fills part files one after another, starting a new one every
 * {@code maxRowsPerPart} rows; tasks writing in parallel can each take their own part with
 * {@link #newPart()} instead.
 */
public final class NativeTableWriter implements Closeable {
    private final Path target;
    private final Path temporary;
    private final Schema schema;
    private final BlockFileOptions options;
    private final long maxRowsPerPart;
    private final boolean replaceExisting;
    private final List<BlockFileWriter> parts = new ArrayList<>();
    private BlockFileWriter current;
    private boolean done;

    /** A writer with default block sizes and a single part file, refusing to replace an existing table. */
    public NativeTableWriter(Path tableDirectory, Schema schema) {
        this(tableDirectory, schema, BlockFileOptions.defaults(), Long.MAX_VALUE, false);
    }

    public NativeTableWriter(Path tableDirectory, Schema schema, BlockFileOptions options, long maxRowsPerPart,
            boolean replaceExisting) {
        if (maxRowsPerPart <= 0) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "rows per part file must be positive, got " + maxRowsPerPart);
        }
        this.target = tableDirectory.toAbsolutePath().normalize();
        this.schema = schema;
        this.options = options;
        this.maxRowsPerPart = maxRowsPerPart;
        this.replaceExisting = replaceExisting;
        checkTargetFree();
        Path parent = target.getParent();
        this.temporary = parent.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(parent);
            Files.createDirectory(temporary);
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot create table directory for " + target + ": " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return target;
    }

    public Schema schema() {
        return schema;
    }

    /** Appends a batch, starting a new part file whenever the current one is full. */
    public void write(Batch batch) {
        checkOpen();
        int from = 0;
        while (from < batch.rowCount()) {
            if (current == null || current.rowsWritten() >= maxRowsPerPart) {
                current = newPart();
            }
            long room = maxRowsPerPart - current.rowsWritten();
            int take = (int) Math.min(room, batch.rowCount() - from);
            current.write(from == 0 && take == batch.rowCount() ? batch : batch.slice(from, from + take));
            from += take;
        }
    }

    /** A writer for a new part file of this table; it is finished by {@link #commit()} if its owner has not. */
    public synchronized BlockFileWriter newPart() {
        checkOpen();
        BlockFileWriter part = new BlockFileWriter(temporary.resolve(NativeTables.partFileName(parts.size())), schema, options);
        parts.add(part);
        return part;
    }

    /** Finishes every part and moves the table into place; an empty table still gets one (empty) part file. */
    public synchronized NativeTableSummary commit() {
        checkOpen();
        try {
            if (parts.isEmpty()) {
                newPart();
            }
            long rows = 0;
            long bytes = 0;
            for (BlockFileWriter part : parts) {
                BlockFileSummary summary = part.finish();
                rows += summary.rowCount();
                bytes += summary.byteCount();
            }
            moveIntoPlace();
            done = true;
            return new NativeTableSummary(target, rows, parts.size(), bytes);
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
    }

    /** Discards everything written. Safe to call more than once, and after a failed commit. */
    public synchronized void abort() {
        if (done) {
            return;
        }
        done = true;
        for (BlockFileWriter part : parts) {
            part.abort();
        }
        deleteRecursively(temporary);
    }

    /** Aborts unless committed: leaving try-with-resources by an exception leaves no trace. */
    @Override
    public void close() {
        abort();
    }

    private void moveIntoPlace() {
        Path previous = null;
        try {
            if (Files.exists(target)) {
                checkTargetFree();
                previous = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (previous != null && !Files.exists(target)) {
                try {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException ignored) {
                    // The old table stays under its hidden name; the error below reports the failure.
                }
            }
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot move table " + target + " into place: " + e.getMessage(), e);
        }
        if (previous != null) {
            deleteRecursively(previous);
        }
    }

    private void checkTargetFree() {
        if (Files.exists(target) && !replaceExisting) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "table " + target + " already exists");
        }
    }

    private void checkOpen() {
        if (done) {
            throw new IllegalStateException("table writer for " + target + " is already committed or aborted");
        }
    }

    /** Deletes a directory tree, best effort: cleanup must not hide the error that caused it. */
    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    Files.deleteIfExists(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // Leftovers are hidden (dot-named) and never read as tables.
        }
    }
}
