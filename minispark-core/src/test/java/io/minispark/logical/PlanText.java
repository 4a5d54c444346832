package io.minispark.logical;

import java.util.stream.Collectors;

/**
 * {@link PlanPrinter}'s rendering of a plan, re-indented for text blocks in tests: two spaces per
 * level and no {@code +-} markers, so an expected plan reads like
 *
 * <pre>
 * Filter((users.age > 30))
 *   Scan(users)
 * </pre>
 */
public final class PlanText {
    private PlanText() {
    }

    public static String of(LogicalPlan plan) {
        return normalize(PlanPrinter.print(plan));
    }

    /** The printer's text with every line's {@code +-} marker dropped and its depth shown by two spaces a level. */
    static String normalize(String printed) {
        return printed.lines().map(line -> {
            int marker = line.indexOf("+-  ");
            if (marker < 0) {
                return line.strip();
            }
            int depth = marker / 2;
            return "  ".repeat(depth) + line.substring(marker + 4).strip();
        }).collect(Collectors.joining("\n"));
    }

    /** A text block's content without its trailing newline, for comparison with {@link #of}. */
    public static String expected(String textBlock) {
        return textBlock.stripTrailing();
    }
}
