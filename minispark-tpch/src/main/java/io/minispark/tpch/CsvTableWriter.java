package io.minispark.tpch;

import io.minispark.types.DataType;
import io.minispark.types.Decimals;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes batches as RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted (its quotes doubled)
 * only when it holds a comma, quote or line break. Dates are ISO ({@code 1996-03-13}) and decimals keep
 * their scale ({@code 0.04}), so DuckDB and minispark read back exactly the values written.
 */
final class CsvTableWriter implements Closeable {
    private final Writer out;
    private final Schema schema;

    /** A writer to a new file; the header row is written only when asked, as part files go without one. */
    CsvTableWriter(Path file, Schema schema, boolean header) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        this.schema = schema;
        if (header) {
            for (int c = 0; c < schema.size(); c++) {
                if (c > 0) {
                    out.write(',');
                }
                writeText(schema.field(c).name());
            }
            out.write("\r\n");
        }
    }

    void write(Batch batch) throws IOException {
        StringBuilder line = new StringBuilder(256);
        for (int row = 0; row < batch.rowCount(); row++) {
            line.setLength(0);
            for (int c = 0; c < batch.columnCount(); c++) {
                if (c > 0) {
                    line.append(',');
                }
                appendValue(line, batch.column(c), schema.type(c), row);
            }
            line.append("\r\n");
            out.append(line);
        }
    }

    private static void appendValue(StringBuilder line, Vector vector, DataType type, int row) {
        switch (type.kind()) {
            case INT -> line.append(((IntVector) vector).get(row));
            case DATE -> line.append(LocalDate.ofEpochDay(((IntVector) vector).get(row)));
            case BIGINT -> line.append(((LongVector) vector).get(row));
            case DECIMAL -> line.append(Decimals.format(((LongVector) vector).get(row), type.scale()));
            case STRING -> appendText(line, ((StringVector) vector).getString(row));
            default -> throw new IllegalArgumentException("no TPC-H column has type " + type);
        }
    }

    private static void appendText(StringBuilder line, String text) {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char ch = text.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        if (!quote) {
            line.append(text);
            return;
        }
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                line.append('"');
            }
            line.append(ch);
        }
        line.append('"');
    }

    private void writeText(String text) throws IOException {
        StringBuilder b = new StringBuilder();
        appendText(b, text);
        out.write(b.toString());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
