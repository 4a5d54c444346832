package io.minispark.codegen;

import io.minispark.physical.Stage;
import java.util.List;

/**
 * What EXPLAIN says about code generation: marks each stage header {@code (compiled)} or
 * {@code (interpreted: why)}, and for EXPLAIN CODEGEN prints the generated source of every stage.
 */
public final class CodegenExplain {
    private CodegenExplain() {
    }

    /** The stage printout with each {@code # Stage n} header annotated. */
    public static String annotate(String stagesText, List<Stage> stages) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (String line : stagesText.split("\n", -1)) {
            if (line.startsWith("# Stage ") && next < stages.size()) {
                Stage stage = stages.get(next++);
                String reason = StageCodeGenerator.unsupportedReason(stage);
                line = "# Stage " + stage.id() + (reason == null ? " (compiled)" : " (interpreted: " + reason + ")");
            }
            out.append(line).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** The generated source of every stage, or why a stage has none. */
    public static String sources(List<Stage> stages) {
        StringBuilder out = new StringBuilder();
        for (Stage stage : stages) {
            out.append("== Stage ").append(stage.id());
            try {
                StageCodeGenerator.GeneratedSource source = StageCodeGenerator.generate(stage);
                out.append(" (compiled: ").append(source.className()).append(") ==\n").append(source.source());
            } catch (UnsupportedStage e) {
                out.append(" (interpreted: ").append(e.getMessage()).append(") ==\n");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
