package io.minispark.codegen;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A text buffer for generated Java source that keeps block indentation, so the output stays readable.
 * It also knows which blocks are open, so a value computed in one block is reused only where that
 * block's locals are in scope.
 */
final class CodeBuilder {
    private final StringBuilder text = new StringBuilder();
    private final Deque<Integer> openBlocks = new ArrayDeque<>();
    private int depth;
    private int nextBlock = 1;

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
        line(header.isEmpty() ? "{" : header + " {");
        depth++;
        openBlocks.push(nextBlock++);
        return this;
    }

    /** Closes the innermost block, optionally continuing it ({@code "} else {"}). */
    CodeBuilder close() {
        depth--;
        openBlocks.pop();
        return line("}");
    }

    CodeBuilder closeOpen(String continuation) {
        depth--;
        line("} " + continuation + " {");
        depth++;
        openBlocks.pop();
        openBlocks.push(nextBlock++);
        return this;
    }

    /** The innermost open block (0 outside any block this builder opened). */
    int currentBlock() {
        return openBlocks.isEmpty() ? 0 : openBlocks.peek();
    }

    /** Whether code appended now can see the locals declared in {@code block}. */
    boolean inScope(int block) {
        return block == 0 || openBlocks.contains(block);
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
