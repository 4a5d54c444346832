package io.minispark.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads and checks the header row of a CSV file. */
final class CsvHeader {
    private CsvHeader() {
    }

    /** The raw header fields; MALFORMED_CSV when the file has no header row at all. */
    static List<String> readFields(CsvRecordSource source) {
        source.captureAll(true);
        CsvRow header = source.next();
        source.captureAll(false);
        if (header == null) {
            throw CsvErrors.malformedFile(source.file(), "it is empty (a header row is required)");
        }
        List<String> fields = new ArrayList<>(header.fieldCount());
        for (int i = 0; i < header.fieldCount(); i++) {
            fields.add(header.string(i));
        }
        return fields;
    }

    /**
     * The column names: header fields trimmed. Empty names and duplicates (ignoring case, as SQL
     * resolves names) are MALFORMED_CSV errors, since such columns could never be referred to.
     */
    static List<String> readColumnNames(CsvRecordSource source) {
        List<String> fields = readFields(source);
        List<String> names = new ArrayList<>(fields.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip();
            if (name.isEmpty()) {
                throw CsvErrors.malformedLine(source.file(), 1, "header column " + (i + 1) + " has an empty name");
            }
            Integer earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw CsvErrors.malformedLine(source.file(), 1, "header columns " + (earlier + 1) + " and " + (i + 1)
                        + " have the same name " + CsvErrors.quote(name));
            }
            names.add(name);
        }
        return names;
    }
}
