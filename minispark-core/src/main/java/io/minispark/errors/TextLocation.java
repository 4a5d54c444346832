package io.minispark.errors;

/** Turns character offsets into line/column numbers and caret excerpts. */
public final class TextLocation {
    private TextLocation() {
    }

    public static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public static int column(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
        if (offset == 0) {
            lineStart = 0;
        }
        return offset - lineStart + 1;
    }

    /** "LINE n: text" followed by carets under the span. */
    public static String caret(String text, SourcePosition span) {
        int start = Math.min(span.start(), text.length());
        int lineStart = start == 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String prefix = "LINE " + line(text, start) + ": ";
        String lineText = text.substring(lineStart, lineEnd);
        int width = Math.max(1, Math.min(span.end(), lineEnd) - start);
        StringBuilder out = new StringBuilder(prefix).append(lineText).append('\n');
        out.append(" ".repeat(prefix.length() + (start - lineStart)));
        out.append("^".repeat(width));
        return out.toString();
    }
}
