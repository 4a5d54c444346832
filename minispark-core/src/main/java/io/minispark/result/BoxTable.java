package io.minispark.result;

import io.minispark.types.DataType;
import io.minispark.types.Dates;
import io.minispark.types.Decimals;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders rows as the seed's rounded box table: a header row, numbers right-aligned, text
 * left-aligned, every column at least two characters wider than its header.
 */
public final class BoxTable {
    private final List<String> headers;
    private final List<DataType> types;
    private final List<String[]> rows = new ArrayList<>();

    public BoxTable(Schema schema) {
        this.headers = schema.names();
        this.types = schema.types();
    }

    public void add(Batch batch) {
        for (int r = 0; r < batch.rowCount(); r++) {
            String[] cells = new String[headers.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = format(types.get(c), Values.storageValue(batch.column(c), r));
            }
            rows.add(cells);
        }
    }

    public int rowCount() {
        return rows.size();
    }

    /** A value as the table shows it; NULL as "NULL", whole doubles without ".0" as the seed prints them. */
    public static String format(DataType type, Object value) {
        if (value == null) {
            return "NULL";
        }
        return switch (type.kind()) {
            case DATE -> Dates.formatDate((Integer) value);
            case TIMESTAMP -> Dates.formatTimestamp((Long) value);
            case DOUBLE -> {
                double d = (Double) value;
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            }
            case BOOLEAN -> ((Boolean) value) ? "true" : "false";
            // All of the scale's digits, as DuckDB prints decimals: 1234.50, not 1234.5.
            case DECIMAL -> Decimals.format((Long) value, type.scale());
            // A line break inside a cell would break the table's rows apart.
            case STRING -> ((String) value).replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
            default -> value.toString();
        };
    }

    public String render() {
        int n = headers.size();
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = headers.get(c).length() + 2;
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, widths, '╭', '┬', '╮');
        cells(out, widths, headers.toArray(String[]::new));
        line(out, widths, '├', '┼', '┤');
        for (String[] row : rows) {
            cells(out, widths, row);
        }
        line(out, widths, '╰', '┴', '╯');
        return out.toString();
    }

    private static void line(StringBuilder out, int[] widths, char left, char middle, char right) {
        out.append(left);
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) {
                out.append(middle);
            }
            out.append("─".repeat(widths[c] + 2));
        }
        out.append(right).append('\n');
    }

    private void cells(StringBuilder out, int[] widths, String[] values) {
        out.append('│');
        for (int c = 0; c < widths.length; c++) {
            String v = values[c];
            String pad = " ".repeat(widths[c] - v.length());
            boolean right = types.get(c).isNumeric();
            out.append(' ').append(right ? pad + v : v + pad).append(" │");
        }
        out.append('\n');
    }
}
