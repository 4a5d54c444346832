package io.minispark.sql;

import io.minispark.sql.MiniSparkSqlParser.SingleStatementContext;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Parses one SQL statement into its parse tree, failing with SYNTAX_ERROR at the first mistake. */
public final class SqlParser {
    private SqlParser() {
    }

    public static SingleStatementContext parse(String text) {
        MiniSparkSqlLexer lexer = new MiniSparkSqlLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        MiniSparkSqlParser parser = new MiniSparkSqlParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new SyntaxErrorListener());
        // SLL is much faster and right for almost every input; fall back to full LL only when it fails.
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
        try {
            return parser.singleStatement();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new org.antlr.v4.runtime.DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return parser.singleStatement();
        }
    }
}
