package io.minispark.errors;

import java.io.Serializable;

/**
 * A span of SQL text: character offsets {@code [start, end)} into the statement. Carried by syntax
 * nodes and expressions so that late errors can still point at the text that caused them.
 */
public record SourcePosition(int start, int end) implements Serializable {
    public static final SourcePosition UNKNOWN = new SourcePosition(-1, -1);

    public boolean known() {
        return start >= 0;
    }
}
