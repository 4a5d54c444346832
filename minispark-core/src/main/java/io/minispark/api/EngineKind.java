package io.minispark.api;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.util.Locale;

/** The execution engines a session can run jobs on. */
public enum EngineKind {
    /** One job at a time, in order: the simple, deterministic reference. */
    SEQUENTIAL,
    /** The jobs of a stage in parallel on a pool of threads, one per core by default. */
    THREADS;

    public static EngineKind parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "sequential" -> SEQUENTIAL;
            case "threads" -> THREADS;
            default -> throw new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                    "unknown engine \"" + name + "\"; expected sequential or threads");
        };
    }

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
