package io.minispark.cli;

import io.minispark.api.EngineKind;
import io.minispark.api.Session;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The flags every query-running command shares: where the data is and which engine runs it. */
final class SessionOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder whose tables queries refer to by name (default: the bundled sample data).")
    Path dataDir;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "threads",
            description = "sequential or threads (default: ${DEFAULT-VALUE}).")
    String engine = "threads";

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads of the threads engine (default: one per core).")
    Integer threads;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Record a Chrome trace (open it in Perfetto or chrome://tracing) of every query into FILE.")
    Path trace;

    @Option(names = "--codegen", paramLabel = "on|off", arity = "0..1", fallbackValue = "",
            description = "Run stages as generated, compiled Java classes (default: on for the threads engine, off for "
                    + "sequential); `explain --codegen` alone prints the generated source.")
    String codegen;

    /** Whether {@code --codegen} was given without a value (explain prints the generated source then). */
    boolean codegenFlagAlone() {
        return codegen != null && codegen.isEmpty();
    }

    Session open() {
        Session.Builder builder = Session.builder().dataDir(dataDir != null ? dataDir : SampleData.directory())
                .engine(EngineKind.parse(engine));
        if (codegen != null) {
            builder.codegen(codegen.isEmpty() ? io.minispark.codegen.CodegenMode.ON : io.minispark.codegen.CodegenMode.parse(codegen));
        }
        if (threads != null) {
            builder.threads(threads);
        }
        if (trace != null) {
            builder.traceFile(trace);
        }
        return builder.build();
    }
}
