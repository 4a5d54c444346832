package io.minispark.sql;

import io.minispark.sql.MiniSparkSqlParser.IdentifierContext;
import io.minispark.sql.MiniSparkSqlParser.TableNameContext;

/** Names as written: quoted identifiers lose their quotes and doubled quotes; string table names likewise. */
final class Identifiers {
    private Identifiers() {
    }

    static String name(IdentifierContext ctx) {
        if (ctx.QUOTED_IDENTIFIER() != null) {
            return unquote(ctx.getText(), '"');
        }
        if (ctx.BACKQUOTED_IDENTIFIER() != null) {
            return unquote(ctx.getText(), '`');
        }
        return ctx.getText();
    }

    static String tableName(TableNameContext ctx) {
        return ctx.STRING() != null ? unquote(ctx.STRING().getText(), '\'') : name(ctx.identifier());
    }

    /** The text between the outer quotes, with each doubled quote read as one. */
    static String unquote(String text, char quote) {
        String q = String.valueOf(quote);
        return text.substring(1, text.length() - 1).replace(q + q, q);
    }
}
