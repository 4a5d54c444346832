package io.minispark.codegen;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/** The compiler of generated stage source into a class, in memory, with Janino. */
final class JaninoCompiler {
    private JaninoCompiler() {
    }

    /** Compiles one compilation unit and loads the named class from it. */
    static Class<? extends GeneratedStage> compile(String className, String source) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(GeneratedStage.class.getClassLoader());
        // Line numbers map a profiler's samples (JFR, async-profiler) to lines of EXPLAIN CODEGEN's source.
        compiler.setDebuggingInformation(true, true, false);
        try {
            compiler.cook(className + ".java", source);
            return compiler.getClassLoader().loadClass(className).asSubclass(GeneratedStage.class);
        } catch (CompileException | ClassNotFoundException | RuntimeException e) {
            throw new MinisparkException(ErrorCode.INTERNAL, "generated code for " + className + " does not compile: "
                    + e.getMessage() + "\n" + numbered(source), e);
        }
    }

    private static String numbered(String source) {
        StringBuilder out = new StringBuilder();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(String.format("%4d  %s%n", i + 1, lines[i]));
        }
        return out.toString();
    }
}
