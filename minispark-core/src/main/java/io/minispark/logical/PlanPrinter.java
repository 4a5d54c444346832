package io.minispark.logical;

/** Renders a logical plan as an indented tree, read bottom-up, in the seed's {@code +-} style. */
public final class PlanPrinter {
    private PlanPrinter() {
    }

    public static String print(LogicalPlan plan) {
        StringBuilder out = new StringBuilder();
        print(plan, 0, out);
        return out.toString();
    }

    private static void print(LogicalPlan plan, int depth, StringBuilder out) {
        if (depth == 0) {
            out.append(' ');
        } else {
            out.append("  ".repeat(depth)).append("+-  ");
        }
        out.append(plan.describe()).append('\n');
        for (LogicalPlan child : plan.children()) {
            print(child, depth + 1, out);
        }
    }
}
