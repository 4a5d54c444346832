package io.minispark.result;

import io.minispark.types.DataType;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * RFC 4180 CSV with a header row of the output column names. NULL is an empty field; an empty string
 * is written as {@code ""} so the two stay distinguishable. Streams: nothing is buffered.
 */
final class CsvResultWriter implements ResultWriter {
    private final Appendable out;
    private final List<DataType> types;
    private final StringBuilder line = new StringBuilder();

    CsvResultWriter(Appendable out, Schema schema) {
        this.out = out;
        this.types = schema.types();
        List<String> names = schema.names();
        for (int c = 0; c < names.size(); c++) {
            if (c > 0) {
                line.append(',');
            }
            appendField(names.get(c));
        }
        emitLine();
    }

    @Override
    public void write(Batch batch) {
        for (int r = 0; r < batch.rowCount(); r++) {
            for (int c = 0; c < types.size(); c++) {
                if (c > 0) {
                    line.append(',');
                }
                Object value = Values.storageValue(batch.column(c), r);
                if (value != null) {
                    String text = ValueText.format(types.get(c), value);
                    if (text.isEmpty()) {
                        line.append("\"\"");
                    } else {
                        appendField(text);
                    }
                }
            }
            emitLine();
        }
    }

    private void appendField(String text) {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char ch = text.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        if (!quote) {
            line.append(text);
            return;
        }
        line.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    private void emitLine() {
        line.append("\r\n");
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
    }

    @Override
    public void finish() {
    }
}
