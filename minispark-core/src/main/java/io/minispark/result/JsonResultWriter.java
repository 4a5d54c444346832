package io.minispark.result;

import io.minispark.types.DataType;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A JSON array with one object per row, one row per line: numbers and booleans as JSON values (NaN
 * and infinities, which JSON cannot hold, as strings), NULL as {@code null}, everything else as
 * strings. Streams row by row.
 */
final class JsonResultWriter implements ResultWriter {
    private final Appendable out;
    private final List<String> names;
    private final List<DataType> types;
    private boolean first = true;

    JsonResultWriter(Appendable out, Schema schema) {
        this.out = out;
        this.names = schema.names();
        this.types = schema.types();
        emit("[");
    }

    @Override
    public void write(Batch batch) {
        StringBuilder row = new StringBuilder();
        for (int r = 0; r < batch.rowCount(); r++) {
            row.setLength(0);
            row.append(first ? "\n{" : ",\n{");
            first = false;
            for (int c = 0; c < names.size(); c++) {
                if (c > 0) {
                    row.append(", ");
                }
                appendString(row, names.get(c));
                row.append(": ");
                appendValue(row, types.get(c), Values.storageValue(batch.column(c), r));
            }
            row.append('}');
            emit(row);
        }
    }

    private static void appendValue(StringBuilder row, DataType type, Object value) {
        if (value == null) {
            row.append("null");
            return;
        }
        switch (type.kind()) {
            case INT, BIGINT, BOOLEAN -> row.append(value);
            // A JSON number with the scale's digits; parsers that read numbers as doubles may round it.
            case DECIMAL -> row.append(ValueText.format(type, value));
            case DOUBLE -> {
                double d = (Double) value;
                String text = ValueText.format(type, value);
                if (Double.isFinite(d)) {
                    row.append(text);
                } else {
                    appendString(row, text);
                }
            }
            default -> appendString(row, ValueText.format(type, value));
        }
    }

    private static void appendString(StringBuilder row, String text) {
        row.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> row.append("\\\"");
                case '\\' -> row.append("\\\\");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                case '\t' -> row.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        row.append(String.format("\\u%04x", (int) ch));
                    } else {
                        row.append(ch);
                    }
                }
            }
        }
        row.append('"');
    }

    private void emit(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        emit(first ? "]\n" : "\n]\n");
    }
}
