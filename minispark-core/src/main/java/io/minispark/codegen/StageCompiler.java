package io.minispark.codegen;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.physical.Stage;

/**
 * Decides, once per stage per query, whether the stage runs compiled: generates its source, takes the
 * class from the {@link CompiledStageCache} (compiling it on a miss), or records why it runs
 * interpreted. Generated code that fails to compile is a generator bug: it falls back to the
 * interpreter too, unless strict mode (system property {@code minispark.codegen.strict=true}, set by
 * the tests) makes it an error.
 */
public final class StageCompiler {
    /** When true, stages that should compile but do not raise an error instead of falling back. */
    private static volatile boolean strict = Boolean.getBoolean("minispark.codegen.strict");
    /** When true, any stage that would fall back raises an error (for tests of fully compiled queries). */
    private static volatile boolean requireCompiled = Boolean.getBoolean("minispark.codegen.require");

    private StageCompiler() {
    }

    public static void setStrict(boolean value) {
        strict = value;
    }

    public static void setRequireCompiled(boolean value) {
        requireCompiled = value;
    }

    public static StageCompilation prepare(Stage stage) {
        return generate(stage).compile();
    }

    /**
     * A stage's generated source, split from its compilation so a driver can generate every stage of
     * a query at once, take the classes already in the cache at once, and compile only the rest in
     * the background. {@code ready} is the compilation when nothing is left to do: the stage runs
     * interpreted, or its class is in the cache.
     */
    public record Generated(Stage stage, StageCodeGenerator.GeneratedSource source, StageCompilation ready) {
        /** Compiles the source (or waits for whoever is compiling the same source). */
        public StageCompilation compile() {
            if (ready != null) {
                return ready;
            }
            try {
                CompiledStageCache.Lookup lookup = CompiledStageCache.shared().get(source.className(), source.source());
                return compilation(lookup);
            } catch (MinisparkException e) {
                if (strict || requireCompiled) {
                    throw e;
                }
                return StageCompilation.interpreted(stage.id(), "generated code does not compile (" + firstLine(e.getMessage()) + ")");
            }
        }

        private StageCompilation compilation(CompiledStageCache.Lookup lookup) {
            return new StageCompilation(stage.id(), lookup.compiledClass(), source.className(), null,
                    lookup.compileNanos(), lookup.cacheHit(), source.producers());
        }
    }

    /** Generates a stage's source and finds its class if already compiled; compiles nothing. */
    public static Generated generate(Stage stage) {
        StageCodeGenerator.GeneratedSource source;
        try {
            source = StageCodeGenerator.generate(stage);
        } catch (UnsupportedStage e) {
            if (requireCompiled) {
                throw new MinisparkException(ErrorCode.INTERNAL, "stage " + stage.id() + " was required to compile: "
                        + e.getMessage());
            }
            return new Generated(stage, null, StageCompilation.interpreted(stage.id(), e.getMessage()));
        }
        Generated pending = new Generated(stage, source, null);
        CompiledStageCache.Lookup cached = CompiledStageCache.shared().getIfCompiled(source.source());
        return cached == null ? pending : new Generated(stage, source, pending.compilation(cached));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
