package io.minispark.codegen;

import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.errors.MinisparkException;
import io.minispark.io.NativeTableWriter;
import io.minispark.io.block.BlockFileOptions;
import io.minispark.result.QueryResult;
import io.minispark.result.Row;
import io.minispark.scheduler.StageRun;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the differential tests of generated code share: sessions, tables, and queries run to comparable text. */
final class DifferentialRuns {
    private DifferentialRuns() {
    }

    /** A query's rows as text, or the code of the error it raised, and how its stages ran. */
    record Outcome(List<String> rows, String error, boolean allCompiled, List<StageRun> stages) {
        String text() {
            return text(false);
        }

        /** The rows, one a line, sorted when the query's row order is not defined; or "error CODE". */
        String text(boolean sorted) {
            if (error != null) {
                return "error " + error;
            }
            List<String> lines = new ArrayList<>(rows);
            if (sorted) {
                lines.sort(null);
            }
            return String.join("\n", lines);
        }
    }

    static Outcome run(Session session, String sql) {
        try (QueryResult result = session.sql(sql).execute()) {
            List<String> rows = new ArrayList<>();
            for (Row row : result.rows()) {
                rows.add(row.toString());
            }
            boolean allCompiled = true;
            for (StageRun run : result.stages()) {
                allCompiled &= run.compilation() != null && run.compilation().compiled();
            }
            return new Outcome(rows, null, allCompiled, result.stages());
        } catch (MinisparkException e) {
            return new Outcome(List.of(), e.code().name(), false, List.of());
        }
    }

    /**
     * The interpreted outcome to compare a compiled one with. When both raise different errors, the
     * query runs again one row per batch: which failing row is seen first depends on evaluation order,
     * and batch size 1 is row order.
     */
    static Outcome expected(Session interpreted, Session rowAtATime, String sql, Outcome compiled) {
        Outcome expected = run(interpreted, sql);
        if (expected.error() != null && compiled.error() != null && !expected.error().equals(compiled.error())) {
            return run(rowAtATime, sql);
        }
        return expected;
    }

    /** A session on the sequential engine, which keeps job and row order fixed, so results compare row by row. */
    static Session.Builder sequential(Path data, CodegenMode codegen, int batchSize) {
        return Session.builder().dataDir(data).engine(EngineKind.SEQUENTIAL).codegen(codegen).batchSize(batchSize)
                .shufflePartitions(3).tempDir(data);
    }

    /** Writes the columns as native table {@code name} under {@code data}, in blocks of 50 rows. */
    static void writeTable(Path data, String name, Schema schema, Vector... columns) {
        try (NativeTableWriter writer = new NativeTableWriter(data.resolve(name), schema,
                new BlockFileOptions(50, 1 << 20), Long.MAX_VALUE, false)) {
            writer.write(new Batch(columns, columns[0].length()));
            writer.commit();
        }
    }
}
