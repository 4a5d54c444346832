package io.minispark.cli;

import io.minispark.tpch.TpchGenerator;
import io.minispark.tpch.TpchGenerator.TableResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minispark tpch generate}: writes the eight TPC-H tables of a scale factor into a directory,
 * printing rows, size and time per table.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate the TPC-H tables (region ... lineitem) of a scale factor into a directory, replacing tables there.")
final class TpchGenerateCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sf", defaultValue = "1", paramLabel = "SF", description = "Scale factor: 1 is about 1 GB of CSV, 6 million lineitems (default: ${DEFAULT-VALUE}).")
    double scaleFactor;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Where the tables are written.")
    Path dir;

    @Option(names = "--format", defaultValue = "native", paramLabel = "FORMAT",
            description = "native (table directories), csv (RFC 4180 with a header) or both (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "Generator threads (default: one per core).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        TpchGenerator generator = new TpchGenerator(scaleFactor, workers);
        out.printf("generating TPC-H SF %s into %s (%s, %d threads)%n", TpchCli.formatScale(scaleFactor), dir, format, workers);
        long start = System.nanoTime();
        List<TableResult> results = generator.generate(dir, TpchGenerator.Format.parse(format), result -> {
            out.printf("  %-9s %,13d rows %10.1f MB %8.2f s%n", result.table(), result.rows(), result.bytes() / 1e6, result.seconds());
            out.flush();
        });
        long rows = results.stream().mapToLong(TableResult::rows).sum();
        long bytes = results.stream().mapToLong(TableResult::bytes).sum();
        out.printf("  %-9s %,13d rows %10.1f MB %8.2f s%n", "total", rows, bytes / 1e6, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
