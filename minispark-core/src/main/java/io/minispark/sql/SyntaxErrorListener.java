package io.minispark.sql;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.errors.SourcePosition;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the parser's first complaint into a SYNTAX_ERROR that names the offending token, says in
 * words what could have come instead, and points at the token's span.
 */
final class SyntaxErrorListener extends BaseErrorListener {
    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String antlrMessage,
                            RecognitionException e) {
        Parser parser = (Parser) recognizer;
        Token offending = offendingSymbol instanceof Token t ? t : parser.getCurrentToken();
        IntervalSet expected = e == null || e instanceof NoViableAltException || e.getExpectedTokens() == null
                ? parser.getExpectedTokens() : e.getExpectedTokens();
        String message = describeOffending(offending) + expectation(expected, parser);
        throw new MinisparkException(ErrorCode.SYNTAX_ERROR, message, position(offending, parser.getInputStream()));
    }

    private static String describeOffending(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "unexpected end of input";
            case MiniSparkSqlLexer.UNTERMINATED_STRING -> "unterminated string literal";
            case MiniSparkSqlLexer.UNRECOGNIZED -> "unexpected character '" + token.getText() + "'";
            default -> "unexpected \"" + token.getText() + "\"";
        };
    }

    private static String expectation(IntervalSet expected, Parser parser) {
        String words = ExpectedTokens.describe(expected, parser.getVocabulary());
        return words.isEmpty() ? "" : "; expected " + words;
    }

    /** The token's span; at the end of input, the character just after the last real token. */
    private static SourcePosition position(Token token, TokenStream tokens) {
        if (token.getType() == Token.EOF) {
            int end = 0;
            for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
                Token previous = tokens.get(i);
                if (previous.getChannel() == Token.DEFAULT_CHANNEL) {
                    end = previous.getStopIndex() + 1;
                    break;
                }
            }
            return new SourcePosition(end, end + 1);
        }
        return new SourcePosition(token.getStartIndex(), token.getStopIndex() + 1);
    }
}
