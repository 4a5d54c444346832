package io.minispark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell driven through JLine's dumb terminal with scripted input. */
class ShellTest {
    @TempDir
    Path temp;

    private String session(Path history, String input) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (Session session = Session.builder().dataDir(Path.of("../data/sample")).build();
             Terminal terminal = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                     output, StandardCharsets.UTF_8)) {
            new Shell(session, terminal, history).run();
        }
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anErrorDoesNotEndTheSession() throws IOException {
        String out = session(temp.resolve("history"), "SELECT nope FROM users;\nSELECT count(*) AS n FROM users;\n.quit\n");
        assertThat(out).contains("COLUMN_NOT_FOUND").contains("│  14 │");
    }

    @Test
    void statementsMaySpanLines() throws IOException {
        String out = session(temp.resolve("history"), "SELECT country\nFROM users\nWHERE user_id = 4;\n.quit\n");
        assertThat(out).contains("│ UK        │");
    }

    @Test
    void historyPersistsAcrossRuns() throws IOException {
        Path history = temp.resolve("history");
        session(history, "SELECT 41 + 1 AS answer FROM users LIMIT 1;\n.quit\n");
        assertThat(Files.readString(history)).contains("SELECT 41 + 1 AS answer FROM users LIMIT 1;");
        // A second run starts with the first run's entries in its history.
        String out = session(history, ".history\n.quit\n");
        assertThat(out).containsPattern("1  SELECT 41 \\+ 1 AS answer FROM users LIMIT 1;");
    }

    @Test
    void dotCommandsInspectAndConfigure() throws IOException {
        String out = session(temp.resolve("history"), ".tables\n.schema orders\n.engine sequential\n.timer on\n"
                + "SELECT 1 AS x FROM users LIMIT 1;\n.bogus\n.quit\n");
        assertThat(out).contains("orders").contains("users").contains("price DOUBLE").contains("engine: sequential")
                .containsPattern("1 rows, [0-9.]+ s").contains("unknown command .bogus");
    }

    @Test
    void completionOffersColumnNames() {
        try (Session session = Session.builder().dataDir(Path.of("../data/sample")).build()) {
            ShellCompleter completer = new ShellCompleter(session);
            assertThat(completer.candidateWords("SELECT coun")).contains("country", "COUNT");
            assertThat(completer.candidateWords("SELECT u.coun")).containsExactly("u.country");
            assertThat(completer.candidateWords("SELECT * FROM ord")).contains("orders", "order_id", "order_date", "ORDER");
            assertThat(completer.candidateWords(".sch")).containsExactly(".schema");
        }
    }

    @Test
    void statementsAreSplitAtTopLevelSemicolonsOnly() {
        assertThat(StatementSplitter.split("SELECT ';' FROM t; -- c;\nSELECT 2;")).containsExactly("SELECT ';' FROM t", "-- c;\nSELECT 2");
        assertThat(StatementSplitter.isComplete("SELECT 1")).isFalse();
        assertThat(StatementSplitter.isComplete("SELECT ';'")).isFalse();
        assertThat(StatementSplitter.isComplete("SELECT 1; -- done")).isTrue();
        assertThat(StatementSplitter.isComplete("SELECT 1 /* ; */")).isFalse();
    }
}
