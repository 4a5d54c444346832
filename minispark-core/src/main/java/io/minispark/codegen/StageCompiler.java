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
        StageCodeGenerator.GeneratedSource source;
        try {
            source = StageCodeGenerator.generate(stage);
        } catch (UnsupportedStage e) {
            if (requireCompiled) {
                throw new MinisparkException(ErrorCode.INTERNAL, "stage " + stage.id() + " was required to compile: "
                        + e.getMessage());
            }
            return StageCompilation.interpreted(stage.id(), e.getMessage());
        }
        try {
            CompiledStageCache.Lookup lookup = CompiledStageCache.shared().get(source.className(), source.source());
            return new StageCompilation(stage.id(), lookup.compiledClass(), source.className(), null,
                    lookup.compileNanos(), lookup.cacheHit(), source.producers());
        } catch (MinisparkException e) {
            if (strict || requireCompiled) {
                throw e;
            }
            return StageCompilation.interpreted(stage.id(), "generated code does not compile (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
