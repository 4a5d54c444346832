package io.minispark.sql;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.errors.SourcePosition;
import io.minispark.io.NativeTableSummary;
import io.minispark.io.NativeTableWriter;
import io.minispark.result.QueryResult;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * CREATE TABLE name AS query: runs the query and writes its rows as a native table in the session's
 * data directory. The writer fills a hidden temporary directory and renames it into place on
 * commit, so a failing query leaves no table behind.
 */
final class TableCreator {
    private TableCreator() {
    }

    static NativeTableSummary create(Session session, String name, SourcePosition namePosition, DataFrame query) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "\"" + name + "\" is not a valid table name", namePosition);
        }
        boolean exists = session.listTables().stream().anyMatch(t -> t.equalsIgnoreCase(name));
        if (exists) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "table \"" + name + "\" already exists", namePosition);
        }
        // As in DuckDB, CREATE TABLE AS declares no NOT NULL columns: only an explicit schema does.
        Schema schema = query.schema().allNullable();
        Set<String> seen = new HashSet<>();
        for (Field f : schema.fields()) {
            if (!seen.add(f.name().toLowerCase(Locale.ROOT))) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "the query has two columns named \"" + f.name()
                        + "\"; give them distinct aliases", namePosition);
            }
        }
        Path target = session.dataDirectory().path().resolve(name);
        try (QueryResult result = query.execute();
             NativeTableWriter writer = new NativeTableWriter(target, schema)) {
            for (Batch batch : result) {
                writer.write(batch);
            }
            return writer.commit();
        }
    }
}
