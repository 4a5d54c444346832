package io.minispark.sql;

import io.minispark.api.Session;
import io.minispark.errors.MinisparkException;
import io.minispark.result.Row;
import io.minispark.types.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Runs a corpus file's records in order on one session, collecting every mismatch. */
final class SltRunner {
    private final Session session;
    private final List<String> failures = new ArrayList<>();
    private final List<List<String>> actual = new ArrayList<>();

    SltRunner(Session session) {
        this.session = session;
    }

    /** Runs all records; returns the mismatches (empty when the file passes). */
    List<String> run(SltFile file) {
        for (SltRecord record : file.records()) {
            String where = file.path().getFileName() + ":" + record.line();
            try {
                actual.add(runRecord(record, where));
            } catch (MinisparkException e) {
                actual.add(List.of());
                failures.add(where + ": unexpected " + e.withSource(record.sql()).render() + "\n  in: " + record.sql());
            } catch (RuntimeException e) {
                actual.add(List.of());
                failures.add(where + ": crashed with " + e + "\n  in: " + record.sql());
            }
        }
        return failures;
    }

    /** The rows each record produced (empty for statements), in record order, for rewriting the file. */
    List<List<String>> actualRows() {
        return actual;
    }

    private List<String> runRecord(SltRecord record, String where) {
        switch (record.kind()) {
            case STATEMENT_OK -> {
                session.execute(record.sql()).rows();
                return List.of();
            }
            case STATEMENT_ERROR -> {
                try {
                    session.execute(record.sql()).rows();
                    failures.add(where + ": expected error " + record.errorCode() + " but the statement succeeded\n  in: " + record.sql());
                } catch (MinisparkException e) {
                    MinisparkException located = e.withSource(record.sql());
                    if (!e.code().name().equals(record.errorCode())) {
                        failures.add(where + ": expected error " + record.errorCode() + " but got " + located.render());
                    } else if (record.errorAt() != null && !record.errorAt().equals(located.line() + ":" + located.column())) {
                        failures.add(where + ": expected the error at " + record.errorAt() + " but it is at "
                                + located.line() + ":" + located.column() + "\n" + located.render());
                    }
                }
                return List.of();
            }
            case QUERY -> {
                StatementResult result = session.execute(record.sql());
                String types = result.schema().fields().stream().map(f -> String.valueOf(ValueFormat.letter(f.type())))
                        .collect(Collectors.joining());
                if (!types.equals(record.types())) {
                    failures.add(where + ": expected column types " + record.types() + " but got " + types + " "
                            + result.schema().fields().stream().map(Field::toString).toList());
                }
                List<String> rows = new ArrayList<>();
                for (Row row : result.rows()) {
                    rows.add(row.values().stream().map(ValueFormat::format).collect(Collectors.joining("\t")));
                }
                if (record.rowsort()) {
                    rows.sort(null);
                }
                if (!rows.equals(record.expected())) {
                    failures.add(where + ": wrong rows for\n  " + record.sql().replace("\n", "\n  ") + "\nexpected:\n  "
                            + String.join("\n  ", record.expected()) + "\nactual:\n  " + String.join("\n  ", rows));
                }
                return rows;
            }
        }
        throw new IllegalStateException();
    }
}
