package io.minispark.sql;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.NativeTableSummary;
import io.minispark.logical.LogicalPlan;
import io.minispark.result.QueryResult;
import io.minispark.result.Row;
import io.minispark.trace.AnalyzedPlanPrinter;
import io.minispark.trace.QueryMetrics;
import io.minispark.trace.TraceRecorder;
import io.minispark.sql.MiniSparkSqlParser.CreateTableStatementContext;
import io.minispark.sql.MiniSparkSqlParser.CreateViewStatementContext;
import io.minispark.sql.MiniSparkSqlParser.DescribeStatementContext;
import io.minispark.sql.MiniSparkSqlParser.ExplainStatementContext;
import io.minispark.sql.MiniSparkSqlParser.QueryStatementContext;
import io.minispark.sql.MiniSparkSqlParser.ShowTablesStatementContext;
import io.minispark.sql.MiniSparkSqlParser.StatementContext;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs SQL statements against a session: {@link #query} analyses a SELECT into a logical plan, and
 * {@link #execute} runs any statement. Errors come back with the statement text attached, so
 * {@link MinisparkException#render()} shows the line and a caret.
 */
public final class Statements {
    private Statements() {
    }

    /** The analysed plan of a query; other statements are refused (use {@link #execute}). */
    public static LogicalPlan query(Session session, String sql) {
        try {
            StatementContext statement = parse(session, sql);
            if (!(statement instanceof QueryStatementContext q)) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                        "this is not a query; run statements with Session.execute", Positions.of(statement));
            }
            try (TraceRecorder.Span span = session.trace().span("analyze")) {
                return new QueryTranslator(session).query(q.query());
            }
        } catch (MinisparkException e) {
            throw e.withSource(sql);
        }
    }

    /** Runs one statement. A query is analysed but not run: the result's rows run it. */
    public static StatementResult execute(Session session, String sql) {
        try {
            return run(session, parse(session, sql));
        } catch (MinisparkException e) {
            throw e.withSource(sql);
        }
    }

    private static StatementContext parse(Session session, String sql) {
        try (TraceRecorder.Span span = session.trace().span("parse")) {
            return SqlParser.parse(sql).statement();
        }
    }

    /** Translates and analyses a query, as one "analyze" span of the trace. */
    private static LogicalPlan analyze(Session session, QueryTranslator queries, MiniSparkSqlParser.QueryContext query) {
        try (TraceRecorder.Span span = session.trace().span("analyze")) {
            return queries.query(query);
        }
    }

    private static StatementResult run(Session session, StatementContext statement) {
        QueryTranslator queries = new QueryTranslator(session);
        return switch (statement) {
            case QueryStatementContext q -> new StatementResult.Query(session.dataFrame(analyze(session, queries, q.query())));
            case ExplainStatementContext e when e.CODEGEN() != null -> new StatementResult.Text("plan",
                    session.dataFrame(analyze(session, queries, e.query())).queryExecution().explainCodegen());
            case ExplainStatementContext e -> explain(session.dataFrame(analyze(session, queries, e.query())), e.ANALYZE() != null);
            case CreateViewStatementContext v -> {
                String name = Identifiers.name(v.identifier());
                if (v.REPLACE() == null && session.hasTempView(name)) {
                    throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "view \"" + name
                            + "\" already exists; use CREATE OR REPLACE VIEW", Positions.of(v.identifier()));
                }
                session.createOrReplaceTempView(name, session.dataFrame(queries.query(v.query())));
                yield new StatementResult.Message("created view " + name);
            }
            case CreateTableStatementContext t -> {
                String name = Identifiers.name(t.identifier());
                NativeTableSummary summary = TableCreator.create(session, name, Positions.of(t.identifier()),
                        session.dataFrame(queries.query(t.query())));
                yield new StatementResult.Message("created table " + name + " with " + summary.rowCount() + " rows");
            }
            case ShowTablesStatementContext s -> StatementResult.Rows.lines("name", session.listTables());
            case DescribeStatementContext d -> describe(session, d);
            default -> throw new IllegalStateException("unknown statement " + statement.getClass());
        };
    }

    private static StatementResult describe(Session session, DescribeStatementContext d) {
        DataFrame table;
        try {
            table = session.table(Identifiers.tableName(d.tableName()));
        } catch (MinisparkException e) {
            throw e.position().known() ? e
                    : new MinisparkException(e.code(), e.getMessage(), Positions.of(d.tableName()), null, e.getCause());
        }
        Schema schema = Schema.of(new Field("column_name", DataType.STRING, false),
                new Field("column_type", DataType.STRING, false), new Field("nullable", DataType.BOOLEAN, false));
        List<Row> rows = new ArrayList<>();
        for (Field f : table.schema().fields()) {
            rows.add(new Row(schema, new Object[] {f.name(), f.type().toString(), f.nullable()}));
        }
        return new StatementResult.Rows(schema, rows);
    }

    private static StatementResult explain(DataFrame query, boolean analyze) {
        List<String> lines = new ArrayList<>(Arrays.asList(query.explainString().split("\n")));
        if (analyze) {
            lines.add("== Execution ==");
            try (QueryResult result = query.execute()) {
                long rows = 0;
                for (Batch batch : result) {
                    rows += batch.rowCount();
                }
                QueryMetrics metrics = result.metrics();
                lines.addAll(Arrays.asList(AnalyzedPlanPrinter.print(result.stages(), metrics).split("\n")));
                lines.add(String.format(java.util.Locale.ROOT, "Result: %d rows in %.3f ms, %d jobs", rows,
                        metrics.wallNanos() / 1e6, metrics.jobs()));
                for (io.minispark.scheduler.StageRun run : result.stages()) {
                    if (run.compilation() != null) {
                        lines.add("Stage " + run.stage().id() + ": " + run.compilation().describe());
                    }
                }
            }
        }
        return new StatementResult.Text("plan", String.join("\n", lines) + "\n");
    }
}
