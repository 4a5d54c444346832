package io.minispark.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of one generated class as they are collected: constants, fields, helper methods and
 * fresh variable names. Names carry a prefix saying which plan node they belong to.
 */
final class ClassBuilder {
    private final List<String> constants = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final List<String> methods = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, String> constantByText = new HashMap<>();

    /** A variable name not used before: {@code prefix} followed by a counter. */
    String fresh(String prefix) {
        int n = counters.merge(prefix, 1, Integer::sum) - 1;
        return prefix + n;
    }

    /** Declares {@code private static final type name = init;} once per distinct initialiser. */
    String constant(String prefix, String type, String init) {
        String key = type + " = " + init;
        String existing = constantByText.get(key);
        if (existing != null) {
            return existing;
        }
        String name = fresh(prefix);
        constants.add("private static final " + type + " " + name + " = " + init + ";");
        constantByText.put(key, name);
        return name;
    }

    void field(String declaration) {
        fields.add(declaration);
    }

    void method(String text) {
        methods.add(text);
    }

    String source(String className, String header, String executeBody) {
        StringBuilder out = new StringBuilder();
        out.append(header);
        out.append("public final class ").append(className).append(" extends io.minispark.codegen.GeneratedStage {\n");
        for (String c : constants) {
            out.append("    ").append(c).append('\n');
        }
        if (!constants.isEmpty()) {
            out.append('\n');
        }
        for (String f : fields) {
            out.append("    ").append(f).append('\n');
        }
        if (!fields.isEmpty()) {
            out.append('\n');
        }
        out.append("    protected void execute() {\n").append(executeBody).append("    }\n");
        for (String m : methods) {
            out.append('\n').append(m);
        }
        out.append("}\n");
        return out.toString();
    }
}
