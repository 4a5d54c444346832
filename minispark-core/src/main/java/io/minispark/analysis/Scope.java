package io.minispark.analysis;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Attribute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns visible at one point of a query, and the name lookup rules: identifiers are
 * case-insensitive; a qualified name must match qualifier and name; an unqualified one must match a
 * single column.
 */
public final class Scope {
    private final List<Attribute> attributes;

    public Scope(List<Attribute> attributes) {
        this.attributes = List.copyOf(attributes);
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    public Attribute resolve(UnresolvedExpression.Column column) {
        List<Attribute> matches = matches(column.qualifier(), column.name());
        if (matches.isEmpty() && column.qualifier() == null && column.name().contains(".")) {
            int dot = column.name().indexOf('.');
            matches = matches(column.name().substring(0, dot), column.name().substring(dot + 1));
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            List<String> candidates = new ArrayList<>();
            for (Attribute a : attributes) {
                candidates.add(a.qualifiedName());
                candidates.add(a.name());
            }
            String suggestion = Levenshtein.suggestion(column.toString(), candidates);
            if (suggestion.isEmpty() && column.qualifier() != null) {
                suggestion = Levenshtein.suggestion(column.name(), candidates);
            }
            throw new MinisparkException(ErrorCode.COLUMN_NOT_FOUND,
                    "column \"" + column + "\" not found" + suggestion, column.position());
        }
        throw new MinisparkException(ErrorCode.AMBIGUOUS_COLUMN, "column \"" + column + "\" is ambiguous; it could be "
                + String.join(" or ", matches.stream().map(a -> "\"" + a.qualifiedName() + "\"").toList()),
                column.position());
    }

    private List<Attribute> matches(String qualifier, String name) {
        Map<Long, Attribute> byId = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            boolean nameMatches = a.name().equalsIgnoreCase(name);
            boolean qualifierMatches = qualifier == null || (a.qualifier() != null && a.qualifier().equalsIgnoreCase(qualifier));
            if (nameMatches && qualifierMatches) {
                byId.putIfAbsent(a.id(), a);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The columns a star expands to: all, or those of one qualifier. */
    public List<Attribute> expandStar(UnresolvedExpression.Column star) {
        if (star.qualifier() == null) {
            return attributes;
        }
        List<Attribute> out = attributes.stream()
                .filter(a -> a.qualifier() != null && a.qualifier().equalsIgnoreCase(star.qualifier())).toList();
        if (out.isEmpty()) {
            throw new MinisparkException(ErrorCode.COLUMN_NOT_FOUND,
                    "no table \"" + star.qualifier() + "\" in scope for " + star.qualifier() + ".*", star.position());
        }
        return out;
    }
}
