package io.minispark.codegen;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.util.Locale;

/** Whether stages are compiled to Java classes or run with interpreted operators. */
public enum CodegenMode {
    /** The engine's default: compiled on the thread engine, interpreted on the sequential reference engine. */
    AUTO,
    ON,
    OFF;

    public static CodegenMode parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "on", "true" -> ON;
            case "off", "false" -> OFF;
            default -> throw new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                    "unknown codegen setting \"" + text + "\"; expected on, off or auto");
        };
    }

    /** Whether stages are compiled on an engine of the given name ("threads", "sequential"). */
    public boolean enabledOn(String engineName) {
        return this == ON || (this == AUTO && engineName.equals("threads"));
    }
}
