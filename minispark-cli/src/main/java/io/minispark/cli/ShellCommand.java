package io.minispark.cli;

import io.minispark.api.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minispark shell}: the interactive SQL shell. */
@Command(name = "shell", mixinStandardHelpOptions = true, description = "Open the interactive SQL shell.")
final class ShellCommand implements Callable<Integer> {
    @Mixin
    SessionOptions sessionOptions = new SessionOptions();

    @Option(names = "--history", paramLabel = "FILE", description = "History file (default: ~/.minispark_history).")
    Path history;

    @Override
    public Integer call() throws IOException {
        Path historyFile = history != null ? history : Path.of(System.getProperty("user.home"), ".minispark_history");
        try (Session session = sessionOptions.open();
             Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            new Shell(session, terminal, historyFile).run();
        }
        return 0;
    }
}
