package io.minispark.cli;

import io.minispark.api.Session;
import io.minispark.errors.MinisparkException;
import io.minispark.result.ResultFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minispark sql}: runs SQL statements and prints their results. Results go to stdout, errors
 * to stderr; the first failing statement stops the script with a non-zero exit.
 */
@Command(name = "sql", mixinStandardHelpOptions = true, description = "Run SQL statements and print their results.")
final class SqlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SessionOptions sessionOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    QueryText.Source source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv (RFC 4180 with a header row) or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        ResultFormat resultFormat = ResultFormat.parse(format);
        QueryText text = new QueryText();
        text.source = source;
        List<String> statements = StatementSplitter.split(text.read());
        // The bar goes to stderr, and only when stdout is a terminal showing a table: never into piped or CSV/JSON output.
        StatementPrinter printer = new StatementPrinter(spec.commandLine().getOut(), resultFormat,
                ProgressBar.wanted(resultFormat, ProgressBar.stdoutIsTerminal()) ? SqlCommand::stderrBar : null);
        try (Session session = sessionOptions.open()) {
            for (String statement : statements) {
                try {
                    printer.print(session.execute(statement));
                } catch (MinisparkException e) {
                    throw e.withSource(statement);
                }
            }
        }
        return 0;
    }

    private static ProgressBar stderrBar() {
        ProgressBar.Screen screen = new ProgressBar.Screen() {
            @Override
            public void write(String text) {
                System.err.print(text);
                System.err.flush();
            }

            @Override
            public int width() {
                try {
                    return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80"));
                } catch (NumberFormatException e) {
                    return 80;
                }
            }
        };
        return new ProgressBar(screen, System::nanoTime, ProgressBar.DEFAULT_DELAY_NANOS);
    }
}
