package io.minispark.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at semicolons that are not inside quotes or comments, and tells
 * whether text ends with a complete statement (how the shell knows a multi-line entry is finished).
 */
final class StatementSplitter {
    private StatementSplitter() {
    }

    static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        int start = 0;
        Scanner scanner = new Scanner(text);
        int end;
        while ((end = scanner.nextSemicolon()) >= 0) {
            add(statements, text.substring(start, end));
            start = end + 1;
        }
        add(statements, text.substring(start));
        return statements;
    }

    /** True when the text holds a statement ending, outside quotes and comments, with ';'. */
    static boolean isComplete(String text) {
        Scanner scanner = new Scanner(text);
        int last = -1;
        int end;
        while ((end = scanner.nextSemicolon()) >= 0) {
            last = end;
        }
        return last >= 0 && !scanner.insideQuoteOrComment() && isBlank(text.substring(last + 1));
    }

    private static void add(List<String> statements, String statement) {
        if (!isBlank(statement)) {
            statements.add(statement.strip());
        }
    }

    /** Blank, or only comments. */
    private static boolean isBlank(String statement) {
        String stripped = statement.strip();
        while (!stripped.isEmpty()) {
            if (stripped.startsWith("--")) {
                int newline = stripped.indexOf('\n');
                stripped = newline < 0 ? "" : stripped.substring(newline + 1).strip();
            } else if (stripped.startsWith("/*")) {
                int close = stripped.indexOf("*/");
                if (close < 0) {
                    return false;
                }
                stripped = stripped.substring(close + 2).strip();
            } else {
                return false;
            }
        }
        return true;
    }

    /** Walks SQL text, skipping quoted strings, quoted identifiers and comments. */
    private static final class Scanner {
        private final String text;
        private int at;
        private boolean inside;

        Scanner(String text) {
            this.text = text;
        }

        /** Position of the next top-level ';', or -1 at the end. */
        int nextSemicolon() {
            while (at < text.length()) {
                char ch = text.charAt(at);
                if (ch == '\'' || ch == '"') {
                    skipQuoted(ch);
                } else if (ch == '-' && at + 1 < text.length() && text.charAt(at + 1) == '-') {
                    int newline = text.indexOf('\n', at);
                    at = newline < 0 ? text.length() : newline + 1;
                } else if (ch == '/' && at + 1 < text.length() && text.charAt(at + 1) == '*') {
                    int close = text.indexOf("*/", at + 2);
                    inside = close < 0;
                    at = close < 0 ? text.length() : close + 2;
                } else if (ch == ';') {
                    return at++;
                } else {
                    at++;
                }
            }
            return -1;
        }

        private void skipQuoted(char quote) {
            at++;
            while (at < text.length()) {
                if (text.charAt(at) == quote) {
                    if (at + 1 < text.length() && text.charAt(at + 1) == quote) {
                        at += 2;
                        continue;
                    }
                    at++;
                    return;
                }
                at++;
            }
            inside = true;
        }

        boolean insideQuoteOrComment() {
            return inside;
        }
    }
}
