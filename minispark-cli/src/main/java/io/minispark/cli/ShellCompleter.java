package io.minispark.cli;

import io.minispark.api.Session;
import io.minispark.errors.MinisparkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes SQL keywords, dot commands, table names and the column names of the tables (looked up
 * when completing, so tables created in the session are offered too).
 */
final class ShellCompleter implements Completer {
    static final List<String> KEYWORDS = List.of("SELECT", "DISTINCT", "FROM", "WHERE", "GROUP", "BY", "HAVING", "ORDER",
            "LIMIT", "OFFSET", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "OUTER", "CROSS", "ON", "AS", "AND", "OR", "NOT",
            "IN", "IS", "NULL", "LIKE", "BETWEEN", "CASE", "WHEN", "THEN", "ELSE", "END", "CAST", "ASC", "DESC", "NULLS",
            "FIRST", "LAST", "TRUE", "FALSE", "DATE", "TIMESTAMP", "EXPLAIN", "ANALYZE", "CREATE", "OR", "REPLACE", "VIEW",
            "TABLE", "SHOW", "TABLES", "DESCRIBE", "COUNT", "SUM", "AVG", "MIN", "MAX", "UPPER", "LOWER", "LENGTH", "TRIM",
            "SUBSTRING", "COALESCE", "ABS", "ROUND", "EXTRACT", "YEAR", "MONTH", "DAY", "CONCAT");
    static final List<String> DOT_COMMANDS = List.of(".tables", ".schema", ".timer", ".engine", ".history", ".help", ".quit", ".exit");

    private final Session session;

    ShellCompleter(Session session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String word : candidateWords(line.line().substring(0, Math.min(line.cursor(), line.line().length())))) {
            candidates.add(new Candidate(word));
        }
    }

    /** The words that could complete the last word of {@code textBeforeCursor} (matched ignoring case). */
    List<String> candidateWords(String textBeforeCursor) {
        String word = lastWord(textBeforeCursor);
        boolean dotCommand = textBeforeCursor.strip().startsWith(".");
        int dot = word.lastIndexOf('.');
        // "u.cou" completes to "u.country": keep the qualifier the user typed.
        String qualifier = !dotCommand && dot >= 0 ? word.substring(0, dot + 1) : "";
        String prefix = word.substring(qualifier.length()).toLowerCase(Locale.ROOT);
        Set<String> words = new TreeSet<>();
        if (dotCommand) {
            words.addAll(DOT_COMMANDS);
            words.addAll(session.listTables());
        } else {
            if (qualifier.isEmpty()) {
                words.addAll(KEYWORDS);
            }
            for (String table : session.listTables()) {
                if (qualifier.isEmpty()) {
                    words.add(table);
                }
                words.addAll(columns(table));
            }
        }
        List<String> out = new ArrayList<>();
        for (String candidate : words) {
            if (candidate.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                out.add(qualifier + candidate);
            }
        }
        return out;
    }

    private List<String> columns(String table) {
        try {
            return List.of(session.table(table).columns());
        } catch (MinisparkException e) {
            return List.of();
        }
    }

    private static String lastWord(String text) {
        int start = text.length();
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_'
                || text.charAt(start - 1) == '.')) {
            start--;
        }
        return text.substring(start);
    }
}
