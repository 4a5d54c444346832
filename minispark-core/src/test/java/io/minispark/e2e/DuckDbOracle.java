package io.minispark.e2e;

import io.minispark.types.DataType;
import io.minispark.types.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An in-memory DuckDB holding the same tables as the minispark data folder, used to compute the
 * expected answer of a query written in SQL. Tables are loaded with the column types minispark
 * inferred (or was told), so both engines see the same typed data and a difference in results is a
 * difference in query semantics, not in CSV type inference.
 */
final class DuckDbOracle implements AutoCloseable {
    private final Connection connection;

    DuckDbOracle() {
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB", e);
        }
    }

    /** Loads a CSV file with a header line as table {@code name}, with the given column types. */
    void loadCsv(String name, Path csv, Schema schema) {
        String columns = schema.fields().stream()
                .map(f -> "'" + f.name() + "': '" + duckDbType(f.type()) + "'")
                .collect(Collectors.joining(", ", "{", "}"));
        execute("CREATE OR REPLACE TABLE " + name + " AS SELECT * FROM read_csv('" + csv.toAbsolutePath()
                + "', header = true, delim = ',', quote = '\"', escape = '\"', columns = " + columns + ")");
    }

    static String duckDbType(DataType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "BOOLEAN";
            case INT -> "INTEGER";
            case BIGINT -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case STRING, NULL -> "VARCHAR";
            case DATE -> "DATE";
            case DECIMAL -> type.toString();
            case TIMESTAMP -> "TIMESTAMP";
        };
    }

    void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed on: " + sql, e);
        }
    }

    /** The rows of a query, with values normalized as {@link #normalize} describes. */
    List<List<Object>> query(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int width = rs.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(width);
                for (int c = 1; c <= width; c++) {
                    row.add(normalize(rs.getObject(c)));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed on: " + sql, e);
        }
    }

    /**
     * Brings a value from either engine to one representation: every integer as Long (DuckDB sums
     * integers into HUGEINT), every fractional number as Double, dates and timestamps as java.time.
     */
    static Object normalize(Object value) {
        return switch (value) {
            case null -> null;
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case BigInteger b -> b.longValueExact();
            case Float f -> f.doubleValue();
            case BigDecimal d -> d.doubleValue();
            case java.sql.Date d -> d.toLocalDate();
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case OffsetDateTime t -> t.toLocalDateTime();
            case LocalDate d -> d;
            case LocalDateTime t -> t;
            default -> value;
        };
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
