package io.minispark.cli;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * The shell's line parser: an entry is accepted only when it ends with ';' (or is a dot command), so
 * statements can span lines; words for completion come from JLine's default parser.
 */
final class StatementParser implements Parser {
    private final DefaultParser words = new DefaultParser();

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && !line.strip().startsWith(".")
                && !StatementSplitter.isComplete(line)) {
            throw new EOFError(-1, cursor, "the statement continues until ';'");
        }
        return words.parse(line, cursor, context == ParseContext.ACCEPT_LINE ? ParseContext.COMPLETE : context);
    }
}
