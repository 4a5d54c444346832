package io.minispark.io;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses a declared schema such as {@code "user_id INT, name STRING, price DECIMAL(15,2)"}: comma-separated
 * columns, each a name and a type name ({@link DataType#parse}). A name may be double-quoted or
 * back-quoted to contain spaces or commas. Bad text is an INVALID_ARGUMENT error that says which
 * column is wrong.
 */
public final class SchemaDeclaration {
    private SchemaDeclaration() {
    }

    public static Schema parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text, "it declares no columns");
        }
        List<Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int at = 0;
        int length = text.length();
        while (true) {
            at = skipSpaces(text, at);
            int position = fields.size() + 1;
            String name;
            if (at < length && (text.charAt(at) == '"' || text.charAt(at) == '`')) {
                char quote = text.charAt(at);
                int close = text.indexOf(quote, at + 1);
                if (close < 0) {
                    throw invalid(text, "the name of column " + position + " has no closing " + quote);
                }
                name = text.substring(at + 1, close);
                at = close + 1;
            } else {
                int start = at;
                while (at < length && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != ',') {
                    at++;
                }
                name = text.substring(start, at);
            }
            if (name.isBlank()) {
                throw invalid(text, "column " + position + " has no name");
            }
            int typeEnd = typeEnd(text, at);
            String typeName = text.substring(at, typeEnd).strip();
            if (typeName.isEmpty()) {
                throw invalid(text, "column \"" + name + "\" has no type");
            }
            DataType type;
            try {
                type = DataType.parse(typeName);
            } catch (IllegalArgumentException e) {
                throw invalid(text, "column \"" + name + "\" has unknown type \"" + typeName
                        + "\" (known: BOOLEAN, INT, BIGINT, DOUBLE, DECIMAL(p,s), STRING, DATE, TIMESTAMP)");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw invalid(text, "column \"" + name + "\" is declared twice");
            }
            fields.add(new Field(name, type));
            if (typeEnd == length) {
                return new Schema(fields);
            }
            at = typeEnd + 1;
        }
    }

    /** The comma ending a type name, or the end of the text; commas inside parentheses ({@code DECIMAL(15,2)}) do not count. */
    private static int typeEnd(String text, int from) {
        int depth = 0;
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                return at;
            }
        }
        return text.length();
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static MinisparkException invalid(String text, String problem) {
        return new MinisparkException(ErrorCode.INVALID_ARGUMENT, "invalid schema \"" + text + "\": " + problem);
    }
}
