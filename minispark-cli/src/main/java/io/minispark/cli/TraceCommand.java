package io.minispark.cli;

import io.minispark.trace.Timeline;
import io.minispark.trace.TimelineRenderer;
import io.minispark.trace.TraceFileReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minispark trace}: works with the trace files {@code --trace} records. */
@Command(name = "trace", mixinStandardHelpOptions = true, description = "Work with trace files recorded with --trace.",
        subcommands = {TraceCommand.Render.class})
final class TraceCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code minispark trace render FILE --out trace.png}: draws the trace's timeline as a PNG. */
    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Draw a trace file's timeline (tracks as rows, jobs as bars coloured by stage) as a PNG.")
    static final class Render implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "A Chrome trace JSON file.")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "PNG", description = "The picture to write.")
        Path out;

        @Option(names = "--width", defaultValue = "1600", paramLabel = "PIXELS", description = "Picture width (default: ${DEFAULT-VALUE}).")
        int width;

        @Override
        public Integer call() {
            // Drawing needs no display; without this AWT may look for one.
            System.setProperty("java.awt.headless", "true");
            Timeline timeline = TraceFileReader.read(file);
            if (width < 400) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--width must be at least 400 pixels");
            }
            TimelineRenderer.writePng(timeline, width, out);
            spec.commandLine().getOut().printf("wrote %s (%d x %d, %d tracks)%n", out, width,
                    TimelineRenderer.height(timeline, width), timeline.tracks().size());
            return 0;
        }
    }
}
