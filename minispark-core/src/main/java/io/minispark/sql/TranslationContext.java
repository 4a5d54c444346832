package io.minispark.sql;

import io.minispark.analysis.Scope;
import io.minispark.api.Session;
import io.minispark.logical.LogicalPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a query is translated in: the session, the WITH queries visible by name, and the scopes of
 * the queries enclosing it (nearest first) when it is a subquery in an expression.
 */
record TranslationContext(Session session, Map<String, LogicalPlan> withQueries, List<Scope> outer) {
    TranslationContext {
        withQueries = Map.copyOf(withQueries);
        outer = List.copyOf(outer);
    }

    static TranslationContext of(Session session) {
        return new TranslationContext(session, Map.of(), List.of());
    }

    /** This context with one more WITH query; a later one hides an earlier one of the same name. */
    TranslationContext withQuery(String name, LogicalPlan plan) {
        Map<String, LogicalPlan> queries = new HashMap<>(withQueries);
        queries.put(name.toLowerCase(Locale.ROOT), plan);
        return new TranslationContext(session, queries, outer);
    }

    /** The WITH query of that name, or null. */
    LogicalPlan withQuery(String name) {
        return withQueries.get(name.toLowerCase(Locale.ROOT));
    }

    /** The context of a subquery in an expression, whose enclosing queries have the given scopes. */
    TranslationContext nestedIn(List<Scope> enclosing) {
        return new TranslationContext(session, withQueries, enclosing);
    }
}
