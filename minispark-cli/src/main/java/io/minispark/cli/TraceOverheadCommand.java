package io.minispark.cli;

import io.minispark.tpch.TpchGenerator;
import io.minispark.tpch.TpchQueries;
import io.minispark.tpch.TraceOverhead;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minispark bench trace-overhead}: what tracing costs on TPC-H, measured in one JVM. */
@Command(name = "trace-overhead", mixinStandardHelpOptions = true,
        description = "Alternate untraced and traced runs of TPC-H queries in one session; print the overhead.")
final class TraceOverheadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "A directory holding TPC-H tables (./minispark tpch generate).")
    Path dir;

    @Option(names = "--queries", defaultValue = "all", paramLabel = "LIST", description = "Queries, e.g. 1,3,6 (default: ${DEFAULT-VALUE}).")
    String queries;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Runs of each kind per query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Override
    public Integer call() {
        if (TpchGenerator.generatedScaleFactor(dir) == null) {
            throw new MinisparkException(ErrorCode.FILE_NOT_FOUND, "no TPC-H data in " + dir + "; run ./minispark tpch generate first");
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        TraceOverhead.run(dir, TpchQueries.parseList(queries), Math.max(1, runs), workers, spec.commandLine().getOut());
        return 0;
    }
}
