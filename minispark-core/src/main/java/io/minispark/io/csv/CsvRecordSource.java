package io.minispark.io.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records of one CSV file, one at a time, in a reused {@link CsvRow}. Owns the FastCSV reader and
 * turns its failures into MINISPARK errors: a missing file into FILE_NOT_FOUND, a parse error (such as
 * an unterminated quote) into MALFORMED_CSV with the line FastCSV reports. Field counts are left to
 * the caller, which knows how many it expects.
 */
final class CsvRecordSource implements AutoCloseable {
    /** FastCSV's cap on one field or record; far above any sane field, finite to stop runaway quotes. */
    private static final int MAX_BUFFER_CHARS = 64 << 20;
    private static final Pattern FASTCSV_LINE = Pattern.compile("record starting at line (\\d+)");

    private final Path file;
    private final CountingInputStream input;
    private final CsvReader<CsvRow> reader;
    private final CloseableIterator<CsvRow> records;
    private final CsvRow row;

    CsvRecordSource(Path file, boolean[] capturedColumns) {
        this.file = file;
        this.row = new CsvRow(capturedColumns);
        try {
            this.input = new CountingInputStream(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new MinisparkException(ErrorCode.FILE_NOT_FOUND, "CSV file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot open CSV file " + file + ": " + e.getMessage(), e);
        }
        this.reader = CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                .detectBomHeader(true)
                .skipEmptyLines(true)
                .maxBufferSize(MAX_BUFFER_CHARS)
                .build(new CsvRowHandler(row), input, StandardCharsets.UTF_8);
        this.records = reader.iterator();
    }

    Path file() {
        return file;
    }

    /** Makes the following records copy every field (for the header) or only the selected ones. */
    void captureAll(boolean all) {
        row.captureAll(all);
    }

    /** The next record, or null at the end of the file. The row is overwritten by the next call. */
    CsvRow next() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (CsvParseException e) {
            throw parseError(e);
        } catch (UncheckedIOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot read CSV file " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    long bytesRead() {
        return input.count;
    }

    private MinisparkException parseError(CsvParseException e) {
        String detail = e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null) {
            detail = cause.getMessage();
        }
        Matcher line = FASTCSV_LINE.matcher(detail == null ? "" : detail);
        String problem = detail == null ? "unparseable record" : FASTCSV_LINE.matcher(detail).replaceAll("").replace("()", "").trim();
        return line.find()
                ? CsvErrors.malformedLine(file, Long.parseLong(line.group(1)), problem, e)
                : CsvErrors.malformedFile(file, problem, e);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Read-only input: nothing is lost by a failed close.
        }
    }

    /** Counts the bytes the parser pulls, for scan metrics. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
