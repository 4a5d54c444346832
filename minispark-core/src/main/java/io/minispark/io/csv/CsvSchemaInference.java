package io.minispark.io.csv;

import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Infers a CSV file's schema from its header and a sample of its first data rows. Each column gets
 * the narrowest type every non-empty sampled value parses as, trying BOOLEAN, INT, BIGINT, DOUBLE,
 * DATE, TIMESTAMP in that order, else STRING; a column whose sampled values are all empty is STRING.
 * Rows after the sample may still not fit; the reader then reports them as malformed, as DuckDB does.
 */
public final class CsvSchemaInference {
    public static final int DEFAULT_SAMPLE_ROWS = 10_000;

    /** Candidate types from narrowest to widest; STRING, the fallback, is implied. */
    private static final DataType[] CANDIDATES = {
        DataType.BOOLEAN, DataType.INT, DataType.BIGINT, DataType.DOUBLE, DataType.DATE, DataType.TIMESTAMP,
    };
    private static final int ALL_CANDIDATES = (1 << CANDIDATES.length) - 1;

    private CsvSchemaInference() {
    }

    public static Schema infer(Path file) {
        return infer(file, DEFAULT_SAMPLE_ROWS);
    }

    public static Schema infer(Path file, int sampleRows) {
        try (CsvRecordSource source = new CsvRecordSource(file, new boolean[0])) {
            List<String> names = CsvHeader.readColumnNames(source);
            int width = names.size();
            int[] candidates = new int[width];
            boolean[] sawValue = new boolean[width];
            Arrays.fill(candidates, ALL_CANDIDATES);
            source.captureAll(true);
            for (int sampled = 0; sampled < sampleRows; sampled++) {
                CsvRow row = source.next();
                if (row == null) {
                    break;
                }
                // Rows with a wrong field count are left for the reader to report with their line.
                int fields = Math.min(width, row.fieldCount());
                for (int c = 0; c < fields; c++) {
                    int length = row.length(c);
                    if (length == 0) {
                        continue;
                    }
                    sawValue[c] = true;
                    if (candidates[c] != 0) {
                        candidates[c] = narrow(candidates[c], row.chars(c), length);
                    }
                }
            }
            List<Field> fields = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                fields.add(new Field(names.get(c), sawValue[c] ? narrowest(candidates[c]) : DataType.STRING));
            }
            return new Schema(fields);
        }
    }

    /** The candidate set minus the types the value does not parse as. */
    private static int narrow(int candidates, char[] chars, int length) {
        int remaining = candidates;
        for (int t = 0; t < CANDIDATES.length; t++) {
            int bit = 1 << t;
            if ((remaining & bit) != 0 && !parses(CANDIDATES[t], chars, length)) {
                remaining &= ~bit;
            }
        }
        return remaining;
    }

    private static boolean parses(DataType type, char[] chars, int length) {
        try {
            switch (type.kind()) {
                case BOOLEAN -> CsvValues.parseBoolean(chars, 0, length);
                case INT -> CsvValues.parseInt(chars, 0, length);
                case BIGINT -> CsvValues.parseLong(chars, 0, length);
                case DOUBLE -> CsvValues.parseDouble(chars, 0, length);
                case DATE -> CsvValues.parseDate(chars, 0, length);
                case TIMESTAMP -> CsvValues.parseTimestamp(chars, 0, length);
                default -> throw new IllegalStateException("not a candidate type: " + type);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static DataType narrowest(int candidates) {
        for (int t = 0; t < CANDIDATES.length; t++) {
            if ((candidates & (1 << t)) != 0) {
                return CANDIDATES[t];
            }
        }
        return DataType.STRING;
    }
}
