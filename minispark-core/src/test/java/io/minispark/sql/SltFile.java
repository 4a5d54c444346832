package io.minispark.sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and writes the sqllogictest-style corpus format:
 * <pre>
 * # comment
 * statement ok
 * CREATE VIEW v AS SELECT ...
 *
 * statement error COLUMN_NOT_FOUND 1:8
 * SELECT nope FROM users
 *
 * query ITR rowsort
 * SELECT ...
 * ----
 * 1	Alice	2.5
 * </pre>
 * Records end at a blank line. Values in expected rows are separated by tabs; NULL is {@code NULL}.
 */
record SltFile(Path path, List<SltRecord> records) {
    static SltFile read(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path);
        List<SltRecord> records = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                i++;
                continue;
            }
            int header = i + 1;
            List<String> words = Arrays.asList(line.trim().split("\\s+"));
            i++;
            StringBuilder sql = new StringBuilder();
            while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).equals("----")) {
                sql.append(sql.isEmpty() ? "" : "\n").append(lines.get(i));
                i++;
            }
            boolean differential = !words.contains("nodiff");
            switch (words.get(0)) {
                case "statement" -> {
                    if (words.get(1).equals("ok")) {
                        records.add(new SltRecord(header, SltRecord.Kind.STATEMENT_OK, sql.toString(), null, null, null,
                                false, differential, List.of()));
                    } else if (words.get(1).equals("error")) {
                        String at = words.size() > 3 && words.get(3).matches("\\d+:\\d+") ? words.get(3) : null;
                        records.add(new SltRecord(header, SltRecord.Kind.STATEMENT_ERROR, sql.toString(), words.get(2), at,
                                null, false, false, List.of()));
                    } else {
                        throw new IllegalArgumentException(path + ":" + header + ": unknown statement record " + line);
                    }
                }
                case "query" -> {
                    List<String> expected = new ArrayList<>();
                    if (i < lines.size() && lines.get(i).equals("----")) {
                        i++;
                        while (i < lines.size() && !lines.get(i).isEmpty()) {
                            expected.add(lines.get(i));
                            i++;
                        }
                    }
                    records.add(new SltRecord(header, SltRecord.Kind.QUERY, sql.toString(), null, null, words.get(1),
                            words.contains("rowsort"), differential, expected));
                }
                default -> throw new IllegalArgumentException(path + ":" + header + ": unknown record " + line);
            }
        }
        return new SltFile(path, records);
    }

    /** The file's text with each query's expected rows replaced by {@code actual} (same order as records). */
    static String rewrite(Path path, List<List<String>> actual) throws IOException {
        List<String> lines = Files.readAllLines(path);
        StringBuilder out = new StringBuilder();
        int record = -1;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            out.append(line).append('\n');
            i++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            record++;
            boolean query = line.startsWith("query");
            while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).equals("----")) {
                out.append(lines.get(i)).append('\n');
                i++;
            }
            if (query) {
                if (i < lines.size() && lines.get(i).equals("----")) {
                    i++;
                    while (i < lines.size() && !lines.get(i).isEmpty()) {
                        i++;
                    }
                }
                out.append("----\n");
                actual.get(record).forEach(r -> out.append(r).append('\n'));
            }
        }
        return out.toString();
    }
}
