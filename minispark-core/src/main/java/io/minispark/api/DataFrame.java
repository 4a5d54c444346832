package io.minispark.api;

import io.minispark.analysis.Analyzer;
import io.minispark.analysis.UnresolvedExpression;
import io.minispark.logical.JoinType;
import io.minispark.logical.LogicalPlan;
import io.minispark.result.BoxTable;
import io.minispark.result.QueryResult;
import io.minispark.result.Row;
import io.minispark.scheduler.Driver;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * A query, in the style of Spark's Dataset: an immutable, analysed logical plan plus the session
 * that runs it. Transformations return new DataFrames; {@link #collect()}, {@link #show()} and
 * {@link #execute()} run it.
 */
public final class DataFrame {
    private final Session session;
    private final LogicalPlan plan;

    DataFrame(Session session, LogicalPlan plan) {
        this.session = session;
        this.plan = plan;
    }

    public LogicalPlan logicalPlan() {
        return plan;
    }

    public Session session() {
        return session;
    }

    private DataFrame with(LogicalPlan newPlan) {
        return new DataFrame(session, newPlan);
    }

    private static List<UnresolvedExpression> unresolved(Column... columns) {
        return Arrays.stream(columns).map(Column::expression).toList();
    }

    public DataFrame select(Column... columns) {
        return with(Analyzer.select(plan, unresolved(columns)));
    }

    public DataFrame select(String... columnNames) {
        return select(Arrays.stream(columnNames).map(functions::col).toArray(Column[]::new));
    }

    /** Keeps rows where the condition is TRUE. Over an aggregation, a condition with aggregates acts as HAVING. */
    public DataFrame filter(Column condition) {
        return with(Analyzer.filter(plan, condition.expression()));
    }

    public DataFrame where(Column condition) {
        return filter(condition);
    }

    /** Joins with another DataFrame; {@code how} is inner, left, right, full or cross. */
    public DataFrame join(DataFrame other, Column condition, String how) {
        return with(Analyzer.join(plan, other.plan, JoinType.parse(how), condition == null ? null : condition.expression()));
    }

    public DataFrame join(DataFrame other, Column condition) {
        return join(other, condition, "inner");
    }

    public DataFrame crossJoin(DataFrame other) {
        return with(Analyzer.join(plan, other.plan, JoinType.CROSS, null));
    }

    public GroupedData groupBy(Column... columns) {
        return new GroupedData(this, unresolved(columns));
    }

    public GroupedData groupBy(String... columnNames) {
        return groupBy(Arrays.stream(columnNames).map(functions::col).toArray(Column[]::new));
    }

    /** Aggregates the whole DataFrame as one group. */
    public DataFrame agg(Column... aggregates) {
        return groupBy(new Column[0]).agg(aggregates);
    }

    /** Sorts by the columns; use {@link Column#desc()} and friends for direction and NULL order. */
    public DataFrame orderBy(Column... columns) {
        return with(Analyzer.sort(plan, unresolved(columns)));
    }

    public DataFrame orderBy(String... columnNames) {
        return orderBy(Arrays.stream(columnNames).map(functions::col).toArray(Column[]::new));
    }

    public DataFrame sort(Column... columns) {
        return orderBy(columns);
    }

    public DataFrame limit(int n) {
        return with(Analyzer.limit(plan, n, 0));
    }

    public DataFrame offset(int n) {
        return with(Analyzer.limit(plan, -1, n));
    }

    public DataFrame withColumn(String name, Column value) {
        return with(Analyzer.withColumn(plan, name, value.expression()));
    }

    /** Names this DataFrame's columns' table: {@code users.alias("u")} lets you write {@code col("u.country")}. */
    public DataFrame alias(String alias) {
        return with(Analyzer.alias(plan, alias));
    }

    public DataFrame as(String alias) {
        return alias(alias);
    }

    public DataFrame distinct() {
        return with(Analyzer.distinct(plan));
    }

    public void createOrReplaceTempView(String name) {
        session.createOrReplaceTempView(name, this);
    }

    /** The schema of the result, with unqualified column names. */
    public Schema schema() {
        return queryExecution().schema();
    }

    public String[] columns() {
        return schema().names().toArray(String[]::new);
    }

    public QueryExecution queryExecution() {
        return new QueryExecution(session, plan);
    }

    /** Runs the query; the caller streams the batches and must close the result. */
    public QueryResult execute() {
        return queryExecution().execute(Driver.StageListener.NONE);
    }

    public List<Row> collect() {
        try (QueryResult result = execute()) {
            return result.rows();
        }
    }

    public long count() {
        try (QueryResult result = agg(functions.count()).execute()) {
            return result.rows().get(0).getLong(0);
        }
    }

    /** Prints the first 20 rows as a table. */
    public void show() {
        show(20);
    }

    public void show(int rows) {
        show(rows, System.out);
    }

    public void show(int rows, PrintStream out) {
        out.print(showString(rows));
    }

    public String showString(int rows) {
        try (QueryResult result = limit(rows).execute()) {
            BoxTable table = new BoxTable(result.schema());
            for (Batch batch : result) {
                table.add(batch);
            }
            return table.render();
        }
    }

    /** Prints the logical plan and the physical plan with its stages. */
    public void explain() {
        System.out.print(explainString());
    }

    public String explainString() {
        return queryExecution().explain();
    }

    public void printSchema() {
        StringBuilder out = new StringBuilder("root\n");
        for (var f : schema().fields()) {
            out.append(" |-- ").append(f.name()).append(": ").append(f.type()).append(" (nullable = ").append(f.nullable()).append(")\n");
        }
        System.out.print(out);
    }

    @Override
    public String toString() {
        return "DataFrame" + schema();
    }
}
