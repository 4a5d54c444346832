package io.minispark.codegen;

/** Thrown by the generators for a plan or expression they do not compile; the stage runs interpreted. */
final class UnsupportedStage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedStage(String reason) {
        super(reason, null, false, false);
    }
}
