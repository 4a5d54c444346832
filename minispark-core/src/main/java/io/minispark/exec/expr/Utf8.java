package io.minispark.exec.expr;

/** Code point arithmetic on UTF-8 bytes, for kernels that work on strings without decoding them. */
final class Utf8 {
    private Utf8() {
    }

    /** The byte length of the code point whose first byte is {@code leadByte} (1 for a stray continuation). */
    static int sequenceLength(byte leadByte) {
        int unsigned = leadByte & 0xFF;
        if (unsigned < 0xC0) {
            return 1;
        }
        if (unsigned < 0xE0) {
            return 2;
        }
        return unsigned < 0xF0 ? 3 : 4;
    }

    /** The number of code points in {@code bytes[from, to)}: every byte that is not a continuation byte. */
    static int codePointCount(byte[] bytes, int from, int to) {
        int count = 0;
        for (int at = from; at < to; at++) {
            count += (bytes[at] & 0xC0) != 0x80 ? 1 : 0;
        }
        return count;
    }

    /** True when {@code bytes[from, to)} holds only ASCII, where bytes and code points coincide. */
    static boolean isAscii(byte[] bytes, int from, int to) {
        for (int at = from; at < to; at++) {
            if (bytes[at] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The byte offset just after {@code count} code points starting at {@code from}, at most {@code to}. */
    static int advance(byte[] bytes, int from, int to, long count) {
        int at = from;
        for (long k = 0; k < count && at < to; k++) {
            at += sequenceLength(bytes[at]);
        }
        return Math.min(at, to);
    }
}
