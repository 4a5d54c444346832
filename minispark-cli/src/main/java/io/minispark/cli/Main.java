package io.minispark.cli;

import io.minispark.errors.MinisparkException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code minispark} command. Every error a user can cause is printed as one paragraph on stderr
 * with a non-zero exit code; a stack trace appears only for internal errors with MINISPARK_DEBUG set.
 */
@Command(name = "minispark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A Spark-like SQL and DataFrame query engine.",
        subcommands = {SqlCommand.class, ExplainCommand.class, ShellCommand.class, DemoCommand.class, ImportCommand.class,
            TpchCommand.class, BenchCommand.class, TraceCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** Exit code for a user error (bad query, missing file, corrupt data). */
    static final int EXIT_USER_ERROR = 1;
    /** Exit code for wrong flags or arguments. */
    static final int EXIT_USAGE = 2;
    /** Exit code for a bug in minispark. */
    static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof MinisparkException e) {
                cmd.getErr().println(e.render());
                return EXIT_USER_ERROR;
            }
            if (exception instanceof java.io.UncheckedIOException io) {
                cmd.getErr().println("IO_ERROR: " + io.getCause().getMessage());
                return EXIT_USER_ERROR;
            }
            cmd.getErr().println("INTERNAL: minispark failed unexpectedly (" + exception
                    + "). This is a bug in minispark; set MINISPARK_DEBUG=1 to see where.");
            if (System.getenv("MINISPARK_DEBUG") != null) {
                exception.printStackTrace(cmd.getErr());
            }
            return EXIT_INTERNAL;
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println("INVALID_ARGUMENT: " + exception.getMessage());
            cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_USAGE;
        });
        int exitCode = commandLine.execute(args);
        // Commands may print without a line end (tables end with one, but not every print does):
        // flush before the JVM exits so no output is lost.
        out.flush();
        err.flush();
        return exitCode;
    }

    /** With no command, open the shell on the sample data. */
    @Override
    public Integer call() throws Exception {
        return new ShellCommand().call();
    }
}
