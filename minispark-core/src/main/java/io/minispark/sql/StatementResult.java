package io.minispark.sql;

import io.minispark.api.DataFrame;
import io.minispark.result.Row;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import java.util.List;

/**
 * What running a SQL statement gives back: a query to run (or show), a small table of rows (SHOW
 * TABLES, DESCRIBE, EXPLAIN), or a message saying what a command did. Every kind can be printed as
 * rows under a schema.
 */
public sealed interface StatementResult {
    Schema schema();

    /** The rows to print; for a query this runs it. */
    List<Row> rows();

    /** A SELECT: the analysed DataFrame, not yet run. */
    record Query(DataFrame dataFrame) implements StatementResult {
        @Override
        public Schema schema() {
            return dataFrame.schema();
        }

        @Override
        public List<Row> rows() {
            return dataFrame.collect();
        }
    }

    /** Rows computed by the statement itself. */
    record Rows(Schema schema, List<Row> rows) implements StatementResult {
        public Rows {
            rows = List.copyOf(rows);
        }

        /** One STRING column of lines, e.g. a plan. */
        static Rows lines(String column, List<String> lines) {
            Schema schema = Schema.of(new Field(column, DataType.STRING, false));
            return new Rows(schema, lines.stream().map(l -> new Row(schema, new Object[] {l})).toList());
        }
    }

    /** Text meant to be read as is (EXPLAIN); as rows, one STRING column with a row per line. */
    record Text(String column, String text) implements StatementResult {
        @Override
        public Schema schema() {
            return Schema.of(new Field(column, DataType.STRING, false));
        }

        @Override
        public List<Row> rows() {
            return text.lines().map(l -> new Row(schema(), new Object[] {l})).toList();
        }
    }

    /** A command that changed something, and what it did. */
    record Message(String text) implements StatementResult {
        @Override
        public Schema schema() {
            return Schema.of(new Field("status", DataType.STRING, false));
        }

        @Override
        public List<Row> rows() {
            return List.of(new Row(schema(), new Object[] {text}));
        }
    }
}
