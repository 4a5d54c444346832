package io.minispark.codegen;

import java.io.Serializable;

/**
 * How a stage runs in one query: compiled (with the generated class, its compile time and whether the
 * cache already held it) or interpreted (with the reason). Shared by all the stage's jobs.
 *
 * @param stageId the stage
 * @param compiledClass the generated class, or null when the stage runs interpreted
 * @param className the generated class's name, or null
 * @param reason why the stage runs interpreted, or null when it is compiled
 * @param compileNanos time spent compiling (0 on a cache hit or when interpreted)
 * @param cacheHit whether the class came from the cache
 */
public record StageCompilation(int stageId, Class<? extends GeneratedStage> compiledClass, String className,
                               String reason, long compileNanos, boolean cacheHit,
                               java.util.List<io.minispark.physical.PhysicalPlan> producers)
        implements Serializable {
    public boolean compiled() {
        return compiledClass != null;
    }

    static StageCompilation interpreted(int stageId, String reason) {
        return new StageCompilation(stageId, null, null, reason, 0, false, java.util.List.of());
    }

    /** One line for EXPLAIN ANALYZE and logs. */
    public String describe() {
        if (!compiled()) {
            return "interpreted: " + reason;
        }
        return cacheHit ? "compiled (cached " + className + ")"
                : String.format(java.util.Locale.ROOT, "compiled %s in %.1f ms", className, compileNanos / 1e6);
    }
}
