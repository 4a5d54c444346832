package io.minispark.io;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the names closest to a misspelt one, for "did you mean ..." hints. */
final class SimilarNames {
    private static final int MAX_SUGGESTIONS = 3;

    private SimilarNames() {
    }

    /** Up to three candidates within a small edit distance (ignoring case), closest first. */
    static List<String> closest(String wanted, List<String> candidates) {
        String target = wanted.toLowerCase(Locale.ROOT);
        // Allow about one edit per four characters, so short names only match near-identical ones.
        int allowed = Math.min(3, target.length() / 4 + 1);
        record Scored(String name, int distance) {
        }
        return candidates.stream()
                .map(name -> new Scored(name, editDistance(target, name.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance() <= allowed)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(MAX_SUGGESTIONS)
                .map(Scored::name)
                .toList();
    }

    /** Levenshtein distance with transpositions of neighbours counting as one edit. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
