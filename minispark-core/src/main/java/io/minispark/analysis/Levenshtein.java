package io.minispark.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Edit distance, used to suggest the names closest to one that was not found. */
public final class Levenshtein {
    private Levenshtein() {
    }

    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Up to {@code limit} candidates nearest to {@code name}, nearest first, among reasonably near ones. */
    public static List<String> closest(String name, Collection<String> candidates, int limit) {
        String lower = name.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .distinct()
                .filter(c -> isNear(lower, c.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c))
                .limit(limit)
                .toList();
    }

    /** Near: a small edit distance, or an abbreviation (its letters appear in order, e.g. qty → quantity). */
    private static boolean isNear(String name, String candidate) {
        return distance(name, candidate) <= Math.max(2, name.length() / 2)
                || (name.length() >= 2 && !candidate.isEmpty() && name.charAt(0) == candidate.charAt(0) && isSubsequence(name, candidate));
    }

    private static boolean isSubsequence(String shorter, String longer) {
        int at = 0;
        for (int i = 0; i < longer.length() && at < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(at)) {
                at++;
            }
        }
        return at == shorter.length();
    }

    /** "; did you mean "a" or "b"?" or the empty string. */
    public static String suggestion(String name, Collection<String> candidates) {
        List<String> near = closest(name, candidates, 3);
        if (near.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("; did you mean ");
        for (int i = 0; i < near.size(); i++) {
            if (i > 0) {
                out.append(i == near.size() - 1 ? " or " : ", ");
            }
            out.append('"').append(near.get(i)).append('"');
        }
        return out.append('?').toString();
    }
}
