package io.minispark.exec.expr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A compiled SQL LIKE pattern over UTF-8 bytes: {@code %} matches any sequence of code points, {@code _}
 * exactly one code point, every other character itself; the whole string must match and there is no
 * escape character (DuckDB's LIKE without ESCAPE). Common shapes get byte-comparison fast paths.
 */
public final class LikePattern {
    private static final byte ANY_SEQUENCE = '%';
    private static final byte ANY_ONE = '_';

    /** The shapes with a dedicated matcher; GENERAL is the backtracking matcher. */
    enum Shape {
        /** No wildcard: byte equality. */
        EXACT,
        /** {@code abc%}. */
        PREFIX,
        /** {@code %abc}. */
        SUFFIX,
        /** {@code %abc%}. */
        CONTAINS,
        /** Only {@code %} characters: matches everything, including the empty string. */
        ANYTHING,
        GENERAL
    }

    private final byte[] pattern;
    private final Shape shape;
    /** The literal of EXACT/PREFIX/SUFFIX/CONTAINS; the whole pattern for GENERAL. */
    private final byte[] literal;

    private LikePattern(byte[] pattern) {
        this.pattern = pattern;
        int firstWildcard = -1;
        int wildcards = 0;
        boolean anyOne = false;
        for (int at = 0; at < pattern.length; at++) {
            if (pattern[at] == ANY_SEQUENCE || pattern[at] == ANY_ONE) {
                wildcards++;
                anyOne |= pattern[at] == ANY_ONE;
                if (firstWildcard < 0) {
                    firstWildcard = at;
                }
            }
        }
        int length = pattern.length;
        if (wildcards == 0) {
            shape = Shape.EXACT;
            literal = pattern;
        } else if (!anyOne && wildcards == length) {
            shape = Shape.ANYTHING;
            literal = new byte[0];
        } else if (!anyOne && wildcards == 1 && pattern[length - 1] == ANY_SEQUENCE) {
            shape = Shape.PREFIX;
            literal = Arrays.copyOf(pattern, length - 1);
        } else if (!anyOne && wildcards == 1 && pattern[0] == ANY_SEQUENCE) {
            shape = Shape.SUFFIX;
            literal = Arrays.copyOfRange(pattern, 1, length);
        } else if (!anyOne && wildcards == 2 && length >= 2 && pattern[0] == ANY_SEQUENCE
                && pattern[length - 1] == ANY_SEQUENCE) {
            shape = Shape.CONTAINS;
            literal = Arrays.copyOfRange(pattern, 1, length - 1);
        } else {
            shape = Shape.GENERAL;
            literal = pattern;
        }
    }

    public static LikePattern compile(String pattern) {
        return new LikePattern(pattern.getBytes(StandardCharsets.UTF_8));
    }

    static LikePattern compile(byte[] patternBytes) {
        return new LikePattern(patternBytes);
    }

    Shape shape() {
        return shape;
    }

    /** Whether {@code text[from, to)} matches the whole pattern. */
    public boolean matches(byte[] text, int from, int to) {
        int length = to - from;
        return switch (shape) {
            case EXACT -> Arrays.equals(text, from, to, literal, 0, literal.length);
            case PREFIX -> length >= literal.length && Arrays.equals(text, from, from + literal.length, literal, 0, literal.length);
            case SUFFIX -> length >= literal.length && Arrays.equals(text, to - literal.length, to, literal, 0, literal.length);
            case CONTAINS -> indexOf(text, from, to, literal) >= 0;
            case ANYTHING -> true;
            case GENERAL -> matchesGeneral(text, from, to, pattern, 0, pattern.length);
        };
    }

    /** The first position of {@code needle} in {@code text[from, to)}, or -1. */
    static int indexOf(byte[] text, int from, int to, byte[] needle) {
        if (needle.length == 0) {
            return from;
        }
        byte first = needle[0];
        int last = to - needle.length;
        for (int at = from; at <= last; at++) {
            if (text[at] == first && Arrays.equals(text, at, at + needle.length, needle, 0, needle.length)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The classic wildcard matcher with one backtracking point (the last {@code %} seen), linear in the
     * common case and O(text x pattern) at worst. Backtracking resumes one whole code point later so that
     * {@code _} never starts inside a multi-byte character.
     */
    static boolean matchesGeneral(byte[] text, int textFrom, int textTo, byte[] pattern, int patternFrom,
            int patternTo) {
        int t = textFrom;
        int p = patternFrom;
        int starPattern = -1;
        int starText = -1;
        while (t < textTo) {
            if (p < patternTo && pattern[p] == ANY_SEQUENCE) {
                starPattern = ++p;
                starText = t;
            } else if (p < patternTo && pattern[p] == ANY_ONE) {
                p++;
                t += Utf8.sequenceLength(text[t]);
            } else if (p < patternTo && pattern[p] == text[t]) {
                p++;
                t++;
            } else if (starPattern >= 0) {
                starText += Utf8.sequenceLength(text[starText]);
                t = starText;
                p = starPattern;
            } else {
                return false;
            }
        }
        if (t > textTo) {
            // A '_' consumed a truncated trailing sequence: treat it as no match.
            return false;
        }
        while (p < patternTo && pattern[p] == ANY_SEQUENCE) {
            p++;
        }
        return p == patternTo;
    }
}
