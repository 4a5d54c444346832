package io.minispark.cli;

import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import io.minispark.errors.MinisparkException;
import io.minispark.result.ResultFormat;
import io.minispark.types.Field;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive shell: statements end with ';' and may span lines; history persists in a file;
 * Tab completes keywords, tables and columns; dot commands inspect and configure. An error is printed
 * and the shell goes on; Ctrl-C cancels the running query, not the shell.
 */
final class Shell {
    private static final String HELP = """
            Statements end with ';' and may span several lines. Commands:
              .tables              list tables and views
              .schema NAME         show a table's columns and types
              .timer on|off        print how long each statement took
              .engine NAME         run queries on the sequential or threads engine
              .trace FILE|off      record a Chrome trace of the following queries into FILE
              .history             list earlier entries (kept across sessions)
              .help                this text
              .quit                leave (Ctrl-D works too)""";

    private final Session session;
    private final Terminal terminal;
    private final Path historyFile;
    private boolean timer;

    Shell(Session session, Terminal terminal, Path historyFile) {
        this.session = session;
        this.terminal = terminal;
        this.historyFile = historyFile;
    }

    void run() {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("minispark")
                .completer(new ShellCompleter(session))
                .parser(new StatementParser())
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "      ...> ")
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        PrintWriter out = terminal.writer();
        out.println("minispark shell on " + session.config().dataDir() + " (" + session.config().engine().displayName()
                + " engine). End statements with ';'; .help lists commands.");
        out.flush();
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine("minispark> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (text.startsWith(".")) {
                    if (!command(text, out, reader)) {
                        break;
                    }
                } else {
                    for (String statement : StatementSplitter.split(text)) {
                        runStatement(statement, out);
                    }
                }
                out.flush();
            }
        } finally {
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void runStatement(String statement, PrintWriter out) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> session.cancelAll());
        long start = System.nanoTime();
        try {
            long rows = new StatementPrinter(out, ResultFormat.TABLE, showsProgress() ? this::progressBar : null)
                    .print(session.execute(statement));
            if (timer) {
                out.printf("%d rows, %.3f s%n", rows, (System.nanoTime() - start) / 1e9);
            }
        } catch (MinisparkException e) {
            out.println(e.withSource(statement).render());
        } catch (RuntimeException e) {
            out.println("INTERNAL: " + e + " (a bug in minispark)");
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            // Keep the file current, so it can be opened while the shell is still running.
            session.writeTrace();
        }
    }

    /** A dumb terminal (input piped in, or no TTY) cannot redraw a line in place. */
    private boolean showsProgress() {
        return !terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    private ProgressBar progressBar() {
        ProgressBar.Screen screen = new ProgressBar.Screen() {
            @Override
            public void write(String text) {
                terminal.writer().print(text);
                terminal.writer().flush();
            }

            @Override
            public int width() {
                return terminal.getWidth() > 0 ? terminal.getWidth() : 80;
            }
        };
        return new ProgressBar(screen, System::nanoTime, ProgressBar.DEFAULT_DELAY_NANOS);
    }

    /** Runs a dot command; false means leave the shell. */
    private boolean command(String text, PrintWriter out, LineReader reader) {
        String[] words = text.split("\\s+");
        try {
            switch (words[0]) {
                case ".quit", ".exit" -> {
                    return false;
                }
                case ".help" -> out.println(HELP);
                case ".history" -> reader.getHistory().forEach(entry -> out.printf("%5d  %s%n", entry.index() + 1, entry.line()));
                case ".tables" -> session.listTables().forEach(out::println);
                case ".schema" -> {
                    if (words.length != 2) {
                        out.println("usage: .schema NAME");
                    } else {
                        for (Field f : session.table(words[1]).schema().fields()) {
                            out.println(f.name() + " " + f.type());
                        }
                    }
                }
                case ".timer" -> {
                    if (words.length == 2 && (words[1].equals("on") || words[1].equals("off"))) {
                        timer = words[1].equals("on");
                    } else {
                        out.println("usage: .timer on|off");
                    }
                }
                case ".trace" -> {
                    if (words.length != 2) {
                        out.println(session.traceFile() == null ? "trace: off (usage: .trace FILE|off)"
                                : "trace: " + session.traceFile().path() + " (usage: .trace FILE|off)");
                    } else if (words[1].equals("off")) {
                        Path written = session.stopTrace();
                        out.println(written == null ? "trace: off" : "trace: off, wrote " + written);
                    } else {
                        session.startTrace(Path.of(words[1]));
                        out.println("trace: recording into " + words[1]);
                    }
                }
                case ".engine" -> {
                    if (words.length != 2) {
                        out.println("engine: " + session.config().engine().displayName() + " (usage: .engine sequential|threads)");
                    } else {
                        session.useEngine(EngineKind.parse(words[1]));
                        out.println("engine: " + session.config().engine().displayName());
                    }
                }
                default -> out.println("unknown command " + words[0] + "; .help lists the commands");
            }
        } catch (MinisparkException e) {
            out.println(e.render());
        }
        return true;
    }
}
