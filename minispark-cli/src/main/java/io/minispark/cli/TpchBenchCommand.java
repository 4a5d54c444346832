package io.minispark.cli;

import io.minispark.api.EngineKind;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.tpch.TpchBenchmark;
import io.minispark.tpch.TpchQueries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minispark bench tpch}: the TPC-H benchmark, optionally side by side with DuckDB and with
 * compiled and interpreted stages. With {@code --compare duckdb} the last line printed is
 * {@code geomean ratio ours/duckdb: <number>}; with {@code --codegen both} the line
 * {@code geomean speedup compiled/interpreted: <number>} comes before it (or is the last line).
 */
@Command(name = "tpch", mixinStandardHelpOptions = true,
        description = {"Run TPC-H queries (generating the data if missing) and print median and minimum wall times.",
            "With --compare duckdb, also run DuckDB on the same data and print the ratio ours/DuckDB per query and their geometric mean.",
            "With --codegen both, run each query with compiled and with interpreted stages and print the speedup per query and its geometric mean."})
final class TpchBenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sf", defaultValue = "1", paramLabel = "SF", description = "Scale factor (default: ${DEFAULT-VALUE}).")
    double scaleFactor;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Data directory; generated there if missing.")
    Path dir;

    @Option(names = "--queries", defaultValue = "all", paramLabel = "LIST", description = "Queries to run, e.g. 1,3,6 or 1-22 (default: ${DEFAULT-VALUE}).")
    String queries;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Timed runs per query after the warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N",
            description = "Untimed runs per query (on every engine) before the timed ones, so generated classes are "
                    + "JIT-compiled when timing starts; the first one's answer is checked (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--engine", defaultValue = "threads", paramLabel = "ENGINE", description = "sequential or threads (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of both engines (default: one per core; 1 with the sequential engine).")
    Integer threads;

    @Option(names = "--compare", paramLabel = "ENGINE", description = "Also run the queries on this engine; only duckdb is supported.")
    String compare;

    @Option(names = "--out", paramLabel = "FILE", description = "Markdown results file (default: DIR/bench-results.md); the PNG chart goes next to it.")
    Path out;

    @Option(names = "--codegen", defaultValue = "on", paramLabel = "on|off|both",
            description = "Stages compiled (on), interpreted (off), or each query both ways, timed alternately, "
                    + "with the speedup compiled/interpreted; \"ours\" is the compiled run unless off (default: ${DEFAULT-VALUE}).")
    String codegen;

    @Option(names = "--trace", paramLabel = "FILE", description = "Record a Chrome trace of every minispark query run into FILE "
            + "(with --codegen both, the interpreted runs into FILE with -interpreted before its extension).")
    java.nio.file.Path trace;

    @Option(names = "--timeout", defaultValue = "600", paramLabel = "SECONDS", description = "Give up on a minispark query run after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        if (compare != null && !compare.trim().equalsIgnoreCase("duckdb")) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "--compare supports only duckdb, not \"" + compare + "\"");
        }
        if (timeoutSeconds < 1) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "--timeout must be at least 1 second");
        }
        TpchBenchmark.Codegen codegenChoice = TpchBenchmark.Codegen.parse(codegen);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        TpchBenchmark.Options options = new TpchBenchmark.Options(scaleFactor, dir, TpchQueries.parseList(queries), runs,
                EngineKind.parse(engine.toLowerCase(Locale.ROOT)), workers, compare != null,
                out != null ? out : dir.resolve("bench-results.md"), Duration.ofSeconds(timeoutSeconds), trace, codegenChoice,
                warmups);
        new TpchBenchmark(options).run(spec.commandLine().getOut());
        return 0;
    }
}
