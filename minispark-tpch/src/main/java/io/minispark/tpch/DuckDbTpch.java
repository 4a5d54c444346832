package io.minispark.tpch;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory DuckDB database holding the TPC-H tables of a directory, loaded from the generator's CSV
 * files into tables declared with the same types minispark uses (DECIMAL(15,2), DATE, INTEGER, ...).
 * It runs in this JVM through JDBC, so both engines are timed the same way.
 */
public final class DuckDbTpch implements AutoCloseable {
    private final Connection connection;

    /** An empty database whose queries use {@code threads} threads. */
    public DuckDbTpch(int threads) {
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
            execute("SET threads TO " + threads);
        } catch (SQLException e) {
            throw new MinisparkException(ErrorCode.INTERNAL, "cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    /** Creates the eight tables and loads {@code dir/<table>.csv} into each; returns the load time in ns. */
    public long load(Path dir) {
        long start = System.nanoTime();
        for (TpchTables.Table<?> table : TpchTables.ALL) {
            Path csv = dir.resolve(table.name() + ".csv").toAbsolutePath();
            if (!Files.isRegularFile(csv)) {
                throw new MinisparkException(ErrorCode.FILE_NOT_FOUND, "DuckDB needs " + csv
                        + "; generate the data with --format both (or csv)");
            }
            execute("CREATE OR REPLACE TABLE " + table.name() + " (" + table.duckDbColumns() + ")");
            // Only the comma, the double quote and the header are stated: the generator writes plain RFC 4180.
            execute("COPY " + table.name() + " FROM '" + csv.toString().replace("'", "''")
                    + "' (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '\"', ESCAPE '\"')");
        }
        return System.nanoTime() - start;
    }

    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new MinisparkException(ErrorCode.INTERNAL, "DuckDB failed on: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a query, every value as JDBC's getObject returns it (BigDecimal for DECIMAL). */
    public List<List<Object>> query(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    row.add(result.getObject(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing an in-memory database only frees memory; nothing is lost.
        }
    }
}
