package io.minispark.codegen;

/** A text buffer for generated Java source that keeps block indentation, so the output stays readable. */
final class CodeBuilder {
    private final StringBuilder text = new StringBuilder();
    private int depth;

    CodeBuilder(int depth) {
        this.depth = depth;
    }

    /** One statement or declaration on its own line. */
    CodeBuilder line(String code) {
        text.append("    ".repeat(depth)).append(code).append('\n');
        return this;
    }

    /** A line ending in an opening brace; what follows is indented until {@link #close}. */
    CodeBuilder open(String header) {
        line(header + " {");
        depth++;
        return this;
    }

    /** Closes the innermost block, optionally continuing it ({@code "} else {"}). */
    CodeBuilder close() {
        depth--;
        return line("}");
    }

    CodeBuilder closeOpen(String continuation) {
        depth--;
        line("} " + continuation + " {");
        depth++;
        return this;
    }

    int depth() {
        return depth;
    }

    /** Appends code built elsewhere at its own indentation. */
    CodeBuilder append(CodeBuilder other) {
        text.append(other.text);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
