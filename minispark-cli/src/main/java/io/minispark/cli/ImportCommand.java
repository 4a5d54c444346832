package io.minispark.cli;

import io.minispark.io.CsvImportOptions;
import io.minispark.io.CsvImporter;
import io.minispark.io.SchemaDeclaration;
import io.minispark.io.block.BlockFileOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minispark import}: converts a CSV file into a native columnar table. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Convert a CSV file (RFC 4180, header row) into a native minispark table directory.")
final class ImportCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CSV", description = "The CSV file to convert.")
    Path csv;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TABLE_DIR",
            description = "Where to write the table (default: next to the CSV, named after it without .csv).")
    Path target;

    @Option(names = "--schema", paramLabel = "DECLARATION",
            description = "Column types instead of inferring them, e.g. \"id INT, name STRING, born DATE\".")
    String schema;

    @Option(names = "--block-rows", paramLabel = "N", defaultValue = "65536", description = "Rows per block (default: ${DEFAULT-VALUE}).")
    int blockRows;

    @Option(names = "--replace", description = "Replace the table if it exists.")
    boolean replace;

    @Override
    public Integer call() {
        Path targetDir = target != null ? target : defaultTarget(csv);
        long start = System.nanoTime();
        CsvImportOptions options = CsvImportOptions.defaults()
                .withBlocks(BlockFileOptions.defaults().withMaxRowsPerBlock(blockRows))
                .withReplaceExisting(replace);
        long rows = CsvImporter.importCsv(csv, targetDir, schema == null ? null : SchemaDeclaration.parse(schema), options);
        out().printf("imported %d rows from %s into %s in %.1f s%n", rows, csv, targetDir, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static Path defaultTarget(Path csv) {
        String name = csv.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name + ".table";
        Path parent = csv.toAbsolutePath().getParent();
        return parent.resolve(stem);
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
