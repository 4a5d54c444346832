package io.minispark.tpch;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.NativeTableWriter;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.io.block.BlockFileWriter;
import io.minispark.tpch.TpchTables.Table;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.trino.tpch.TpchEntity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The TPC-H data generator: writes the eight tables of a scale factor into a directory, as native
 * tables ({@code lineitem/}), CSV files ({@code lineitem.csv}) or both, in one pass over the generated
 * rows.
 *
 * <p>Rows come from the dbgen port in parts (row ranges a generator can start at directly), which run
 * in parallel; each part streams batch by batch into its own native part file and CSV chunk, so memory
 * stays at a few batches per thread whatever the scale. Native tables appear atomically (see
 * {@link NativeTableWriter}); a CSV file is assembled under a hidden name and renamed into place. A
 * small {@code tpch.properties} file records the scale factor, so a benchmark can tell whether the
 * directory holds the data it wants.
 */
public final class TpchGenerator {
    /** The file recording what a directory holds. */
    public static final String MARKER_FILE = "tpch.properties";

    /** A storage format the generator writes. */
    public enum Format {
        NATIVE, CSV;

        /** {@code native}, {@code csv} or {@code both}. */
        public static Set<Format> parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "native" -> EnumSet.of(NATIVE);
                case "csv" -> EnumSet.of(CSV);
                case "both", "native,csv", "csv,native" -> EnumSet.of(NATIVE, CSV);
                default -> throw new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                        "unknown format \"" + text + "\"; use native, csv or both");
            };
        }
    }

    /** What generating one table did: rows, bytes written over all formats, and wall time. */
    public record TableResult(String table, long rows, long bytes, long nanos) {
        public double seconds() {
            return nanos / 1e9;
        }
    }

    private static final int BATCH_ROWS = 8192;
    /** Rows per generator part: parts are the unit of parallelism, and each is one native part file. */
    private static final long ROWS_PER_PART = 500_000;

    private final double scaleFactor;
    private final int threads;
    private final long rowsPerPart;

    public TpchGenerator(double scaleFactor, int threads) {
        this(scaleFactor, threads, ROWS_PER_PART);
    }

    /** A generator cutting tables into parts of about {@code rowsPerPart} rows (tests use small parts). */
    TpchGenerator(double scaleFactor, int threads, long rowsPerPart) {
        if (!(scaleFactor > 0) || scaleFactor > 1000) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "scale factor must be in (0, 1000], got " + scaleFactor);
        }
        if (threads < 1) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "threads must be positive, got " + threads);
        }
        this.scaleFactor = scaleFactor;
        this.threads = threads;
        this.rowsPerPart = rowsPerPart;
    }

    public double scaleFactor() {
        return scaleFactor;
    }

    /**
     * Writes all eight tables into {@code dir} in the given formats, replacing tables already there,
     * and reports each table to {@code progress} as it completes.
     */
    public List<TableResult> generate(Path dir, Set<Format> formats, Consumer<TableResult> progress) {
        if (formats.isEmpty()) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "no format to write");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot create " + dir + ": " + e.getMessage(), e);
        }
        // The marker goes first and is rewritten last: a crash midway leaves it saying "incomplete".
        writeMarker(dir, formats, false);
        List<TableResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "tpch-generator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Table<?> table : TpchTables.ALL) {
                TableResult result = generateTable(table, dir, formats, pool);
                results.add(result);
                progress.accept(result);
            }
        } finally {
            pool.shutdownNow();
        }
        writeMarker(dir, formats, true);
        return results;
    }

    /** Whether {@code dir} holds complete data of this scale factor in every one of the formats. */
    public boolean isGenerated(Path dir, Set<Format> formats) {
        Properties marker = readMarker(dir);
        if (marker == null || !"true".equals(marker.getProperty("complete"))
                || Double.parseDouble(marker.getProperty("scale-factor", "-1")) != scaleFactor) {
            return false;
        }
        for (Format format : formats) {
            if (!marker.getProperty("formats", "").contains(format.name().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The scale factor of the data in {@code dir} according to its marker, or null when there is none. */
    public static Double generatedScaleFactor(Path dir) {
        Properties marker = readMarker(dir);
        return marker == null ? null : Double.valueOf(marker.getProperty("scale-factor"));
    }

    private <E extends TpchEntity> TableResult generateTable(Table<E> table, Path dir, Set<Format> formats,
            ExecutorService pool) {
        long start = System.nanoTime();
        Schema schema = table.schema();
        // The fixed-size tables (region, nation) ignore the part count, so they get a single part.
        int parts = (int) Math.max(1, Math.min(4096, Math.ceil((double) table.approximateRows(scaleFactor) / rowsPerPart)));
        if (table.name().equals("region") || table.name().equals("nation")) {
            parts = 1;
        }
        NativeTableWriter nativeWriter = formats.contains(Format.NATIVE)
                ? new NativeTableWriter(dir.resolve(table.name()), schema, BlockFileOptions.defaults(), Long.MAX_VALUE, true)
                : null;
        Path csvFile = dir.resolve(table.name() + ".csv");
        String tmpPrefix = "." + table.name() + ".csv.tmp-" + UUID.randomUUID();
        List<Path> csvChunks = new ArrayList<>();
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int part = 1; part <= parts; part++) {
                // Part files are created in order, so the table's rows read in generation order.
                BlockFileWriter nativePart = nativeWriter == null ? null : nativeWriter.newPart();
                Path chunk = formats.contains(Format.CSV) ? dir.resolve(tmpPrefix + "-" + part) : null;
                if (chunk != null) {
                    csvChunks.add(chunk);
                }
                int partNumber = part;
                int partCount = parts;
                futures.add(pool.submit(() -> generatePart(table, partNumber, partCount, schema, nativePart, chunk)));
            }
            long rows = 0;
            for (Future<Long> future : futures) {
                rows += await(future);
            }
            long bytes = 0;
            if (nativeWriter != null) {
                bytes += nativeWriter.commit().byteCount();
            }
            if (!csvChunks.isEmpty()) {
                bytes += assembleCsv(csvFile, dir.resolve(tmpPrefix), schema, csvChunks);
            }
            return new TableResult(table.name(), rows, bytes, System.nanoTime() - start);
        } finally {
            if (nativeWriter != null) {
                nativeWriter.close();
            }
            for (Path chunk : csvChunks) {
                deleteQuietly(chunk);
            }
            deleteQuietly(dir.resolve(tmpPrefix));
        }
    }

    private <E extends TpchEntity> long generatePart(Table<E> table, int part, int partCount, Schema schema,
            BlockFileWriter nativePart, Path csvChunk) throws IOException {
        TpchBatchBuilder<E> builder = new TpchBatchBuilder<>(table, BATCH_ROWS);
        long rows = 0;
        try (CsvTableWriter csv = csvChunk == null ? null : new CsvTableWriter(csvChunk, schema, false)) {
            for (E row : table.generator().createGenerator(scaleFactor, part, partCount)) {
                rows++;
                if (builder.add(row)) {
                    write(builder.build(), nativePart, csv);
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new MinisparkException(ErrorCode.CANCELLED, "generation of " + table.name() + " was interrupted");
                }
            }
            if (!builder.isEmpty()) {
                write(builder.build(), nativePart, csv);
            }
        }
        return rows;
    }

    private static void write(Batch batch, BlockFileWriter nativePart, CsvTableWriter csv) throws IOException {
        if (nativePart != null) {
            nativePart.write(batch);
        }
        if (csv != null) {
            csv.write(batch);
        }
    }

    /** Header plus the chunks in part order into a hidden file, renamed over the target in one step. */
    private static long assembleCsv(Path target, Path temporary, Schema schema, List<Path> chunks) {
        try {
            try (CsvTableWriter header = new CsvTableWriter(temporary, schema, true)) {
                // Only the header row.
            }
            try (OutputStream out = Files.newOutputStream(temporary, java.nio.file.StandardOpenOption.APPEND)) {
                for (Path chunk : chunks) {
                    try (InputStream in = Files.newInputStream(chunk)) {
                        in.transferTo(out);
                    }
                    Files.delete(chunk);
                }
            }
            long bytes = Files.size(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return bytes;
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static long await(Future<Long> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MinisparkException(ErrorCode.CANCELLED, "TPC-H generation was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof IOException io) {
                throw new MinisparkException(ErrorCode.IO_ERROR, "TPC-H generation failed: " + io.getMessage(), io);
            }
            throw new IllegalStateException("TPC-H generation failed", cause);
        }
    }

    private void writeMarker(Path dir, Set<Format> formats, boolean complete) {
        Properties marker = new Properties();
        marker.setProperty("scale-factor", Double.toString(scaleFactor));
        marker.setProperty("formats", String.join(",", formats.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
        marker.setProperty("complete", Boolean.toString(complete));
        Path temporary = dir.resolve("." + MARKER_FILE + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                marker.store(out, "TPC-H data written by minispark tpch generate");
            }
            Files.move(temporary, dir.resolve(MARKER_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties readMarker(Path dir) {
        Path file = dir.resolve(MARKER_FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties marker = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            marker.load(in);
        } catch (IOException e) {
            return null;
        }
        return marker;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover hidden temporary file is harmless; the real tables are already in place.
        }
    }
}
