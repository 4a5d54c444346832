package io.minispark.sql;

import io.minispark.errors.SourcePosition;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Source spans of parse-tree nodes and tokens, as character offsets into the statement. */
final class Positions {
    private Positions() {
    }

    static SourcePosition of(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getStopIndex() < ctx.getStart().getStartIndex()
                ? ctx.getStart() : ctx.getStop();
        return new SourcePosition(ctx.getStart().getStartIndex(), stop.getStopIndex() + 1);
    }

    static SourcePosition of(Token token) {
        return new SourcePosition(token.getStartIndex(), token.getStopIndex() + 1);
    }
}
