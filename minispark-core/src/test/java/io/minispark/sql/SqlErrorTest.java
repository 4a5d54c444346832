package io.minispark.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minispark.api.Session;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One test per error class: the code, the reported line and column, the message and the caret. */
class SqlErrorTest {
    private static Session session;

    @BeforeAll
    static void open() {
        session = Session.builder().dataDir(Path.of("../data/sample")).build();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static MinisparkException error(String sql) {
        MinisparkException e = catchThrowableOfType(MinisparkException.class, () -> session.sql(sql).collect());
        assertThat(e).as("an error for " + sql).isNotNull();
        return e;
    }

    private static void assertAt(MinisparkException e, ErrorCode code, int line, int column, String spanText, String sql) {
        assertThat(e.code()).as(e.render()).isEqualTo(code);
        assertThat(e.sourceText()).isEqualTo(sql);
        assertThat(e.line()).as(e.render()).isEqualTo(line);
        assertThat(e.column()).as(e.render()).isEqualTo(column);
        assertThat(sql.substring(e.position().start(), e.position().end())).as(e.render()).isEqualTo(spanText);
    }

    @Test
    void syntaxErrorNamesTheTokenAndWhatWasExpected() {
        String sql = "SELECT country,\n  FROM users";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.SYNTAX_ERROR, 2, 3, "FROM", sql);
        assertThat(e.getMessage()).isEqualTo("unexpected \"FROM\"; expected an expression or '*'");
        assertThat(e.render()).isEqualTo("SYNTAX_ERROR: unexpected \"FROM\"; expected an expression or '*'\n"
                + "LINE 2:   FROM users\n"
                + "          ^^^^");
    }

    @Test
    void syntaxErrorAtTheEndPointsAfterTheLastToken() {
        String sql = "SELECT * FROM users WHERE age >   -- nothing follows\n";
        MinisparkException e = error(sql);
        assertThat(e.code()).isEqualTo(ErrorCode.SYNTAX_ERROR);
        assertThat(e.getMessage()).startsWith("unexpected end of input; expected an expression");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(32);
    }

    @Test
    void syntaxErrorAfterACompleteClauseListsKeywords() {
        String sql = "SELECT age FROM users ORDER age";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.SYNTAX_ERROR, 1, 29, "age", sql);
        assertThat(e.getMessage()).isEqualTo("unexpected \"age\"; expected BY");
    }

    @Test
    void unterminatedStringIsNamed() {
        String sql = "SELECT * FROM users WHERE country = 'UK";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.SYNTAX_ERROR, 1, 37, "'UK", sql);
        assertThat(e.getMessage()).startsWith("unterminated string literal");
    }

    @Test
    void unknownTablePointsAtItsName() {
        String sql = "SELECT *\nFROM users u JOIN ordres o ON u.user_id = o.user_id";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.TABLE_NOT_FOUND, 2, 19, "ordres", sql);
        assertThat(e.getMessage()).contains("did you mean orders");
    }

    @Test
    void unknownColumnSuggestsTheClosestName() {
        String sql = "SELECT u.first_name\nFROM users u\nWHERE u.contry = 'UK'";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.COLUMN_NOT_FOUND, 3, 7, "u.contry", sql);
        assertThat(e.getMessage()).contains("did you mean").contains("u.country");
        assertThat(e.render()).endsWith("LINE 3: WHERE u.contry = 'UK'\n              ^^^^^^^^");
    }

    @Test
    void ambiguousColumnNamesBothCandidates() {
        String sql = "SELECT user_id FROM users u JOIN orders o ON u.user_id = o.user_id";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.AMBIGUOUS_COLUMN, 1, 8, "user_id", sql);
        assertThat(e.getMessage()).contains("u.user_id").contains("o.user_id");
    }

    @Test
    void columnOutsideGroupByPointsAtTheColumn() {
        String sql = "SELECT country, UPPER(first_name), COUNT(*) FROM users GROUP BY country";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.NOT_GROUPED, 1, 23, "first_name", sql);
    }

    @Test
    void columnOutsideGroupByInOrderByPointsAtTheColumn() {
        String sql = "SELECT country, COUNT(*) FROM users GROUP BY country ORDER BY age";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.NOT_GROUPED, 1, 63, "age", sql);
    }

    @Test
    void aggregateInWherePointsAtTheAggregate() {
        String sql = "SELECT country FROM users WHERE age > AVG(age)";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.AGGREGATE_IN_WHERE, 1, 39, "AVG(age)", sql);
        assertThat(e.getMessage()).contains("WHERE");
    }

    @Test
    void typeMismatchPointsAtTheComparison() {
        String sql = "SELECT * FROM users WHERE age = DATE '2025-01-01'";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.TYPE_MISMATCH, 1, 27, "age = DATE '2025-01-01'", sql);
        assertThat(e.getMessage()).contains("INT").contains("DATE");
    }

    @Test
    void badDateLiteralIsATypeMismatchAtTheLiteral() {
        String sql = "SELECT * FROM orders WHERE order_date > DATE '2025-13-01'";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.TYPE_MISMATCH, 1, 41, "DATE '2025-13-01'", sql);
    }

    @Test
    void statementsOtherThanQueriesAreRefusedBySql() {
        String sql = "SHOW TABLES";
        MinisparkException e = error(sql);
        assertAt(e, ErrorCode.INVALID_ARGUMENT, 1, 1, "SHOW TABLES", sql);
    }
}
