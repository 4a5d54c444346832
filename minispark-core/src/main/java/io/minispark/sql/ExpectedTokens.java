package io.minispark.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Words for the set of tokens the parser would have accepted. ANTLR's raw sets list every token
 * that can start an expression or continue one; users want "an expression" or "an operator".
 */
final class ExpectedTokens {
    /** Tokens that can start an expression, besides names. */
    private static final Set<Integer> EXPRESSION_STARTS = Set.of(MiniSparkSqlLexer.NOT, MiniSparkSqlLexer.MINUS,
            MiniSparkSqlLexer.PLUS, MiniSparkSqlLexer.CASE, MiniSparkSqlLexer.CAST, MiniSparkSqlLexer.EXTRACT,
            MiniSparkSqlLexer.SUBSTRING, MiniSparkSqlLexer.SUBSTR, MiniSparkSqlLexer.INTEGER_VALUE,
            MiniSparkSqlLexer.DECIMAL_VALUE, MiniSparkSqlLexer.STRING, MiniSparkSqlLexer.TRUE, MiniSparkSqlLexer.FALSE,
            MiniSparkSqlLexer.NULL, MiniSparkSqlLexer.LEFT_PAREN, MiniSparkSqlLexer.EXISTS, MiniSparkSqlLexer.INTERVAL);
    /** Tokens that continue an expression. */
    private static final Set<Integer> OPERATORS = Set.of(MiniSparkSqlLexer.EQ, MiniSparkSqlLexer.NEQ,
            MiniSparkSqlLexer.NEQ2, MiniSparkSqlLexer.LT, MiniSparkSqlLexer.LTE, MiniSparkSqlLexer.GT,
            MiniSparkSqlLexer.GTE, MiniSparkSqlLexer.PLUS, MiniSparkSqlLexer.MINUS, MiniSparkSqlLexer.ASTERISK,
            MiniSparkSqlLexer.SLASH, MiniSparkSqlLexer.PERCENT, MiniSparkSqlLexer.CONCAT_PIPES, MiniSparkSqlLexer.AND,
            MiniSparkSqlLexer.OR, MiniSparkSqlLexer.IS, MiniSparkSqlLexer.IN, MiniSparkSqlLexer.LIKE,
            MiniSparkSqlLexer.BETWEEN, MiniSparkSqlLexer.NOT);
    /** Keywords that are also names (the grammar's nonReserved rule). */
    private static final Set<Integer> NAME_KEYWORDS = Set.of(MiniSparkSqlLexer.ANALYZE, MiniSparkSqlLexer.DATE,
            MiniSparkSqlLexer.DAY, MiniSparkSqlLexer.DESC, MiniSparkSqlLexer.DESCRIBE, MiniSparkSqlLexer.EXPLAIN,
            MiniSparkSqlLexer.FIRST, MiniSparkSqlLexer.LAST, MiniSparkSqlLexer.MONTH, MiniSparkSqlLexer.NULLS,
            MiniSparkSqlLexer.REPLACE, MiniSparkSqlLexer.SHOW, MiniSparkSqlLexer.TABLES, MiniSparkSqlLexer.TIMESTAMP,
            MiniSparkSqlLexer.VIEW, MiniSparkSqlLexer.YEAR);
    private static final int MAX_WORDS = 12;

    private ExpectedTokens() {
    }

    static String describe(IntervalSet expected, Vocabulary vocabulary) {
        if (expected == null || expected.isNil()) {
            return "";
        }
        List<Integer> types = expected.toList();
        boolean name = types.contains(MiniSparkSqlLexer.IDENTIFIER);
        boolean expression = name && types.contains(MiniSparkSqlLexer.INTEGER_VALUE) && types.contains(MiniSparkSqlLexer.CASE);
        boolean operator = types.contains(MiniSparkSqlLexer.EQ) && types.contains(MiniSparkSqlLexer.ASTERISK);
        Set<String> words = new LinkedHashSet<>();
        if (expression) {
            words.add("an expression");
        } else if (name) {
            words.add("a name");
        }
        for (int type : types) {
            boolean covered = (expression && (EXPRESSION_STARTS.contains(type) || NAME_KEYWORDS.contains(type)))
                    || (name && (NAME_KEYWORDS.contains(type) || isName(type)))
                    || (operator && OPERATORS.contains(type));
            if (!covered) {
                words.add(word(type, vocabulary));
            }
        }
        if (operator) {
            words.add("an operator");
        }
        List<String> list = new ArrayList<>(words);
        if (list.size() > MAX_WORDS) {
            list = new ArrayList<>(list.subList(0, MAX_WORDS));
            list.add("...");
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + (list.size() > 2 ? ", or " : " or ") + list.getLast();
    }

    private static boolean isName(int type) {
        return type == MiniSparkSqlLexer.IDENTIFIER || type == MiniSparkSqlLexer.QUOTED_IDENTIFIER
                || type == MiniSparkSqlLexer.BACKQUOTED_IDENTIFIER;
    }

    private static String word(int type, Vocabulary vocabulary) {
        return switch (type) {
            case Token.EOF -> "end of input";
            case MiniSparkSqlLexer.IDENTIFIER, MiniSparkSqlLexer.QUOTED_IDENTIFIER, MiniSparkSqlLexer.BACKQUOTED_IDENTIFIER -> "a name";
            case MiniSparkSqlLexer.INTEGER_VALUE -> "an integer";
            case MiniSparkSqlLexer.DECIMAL_VALUE -> "a number";
            case MiniSparkSqlLexer.STRING -> "a string";
            default -> {
                String literal = vocabulary.getLiteralName(type);
                // Keywords print bare (FROM), punctuation quoted (',').
                if (literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1))) {
                    yield literal.substring(1, literal.length() - 1);
                }
                yield literal != null ? literal : vocabulary.getDisplayName(type);
            }
        };
    }
}
