package io.minispark.io.csv;

/**
 * Encodes parsed CSV characters straight into UTF-8 bytes, skipping the String that
 * {@code new String(chars).getBytes(UTF_8)} would allocate for every field.
 */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Encodes {@code chars[0, length)} into {@code out}, which must hold {@code 3 * length} bytes, and
     * returns the byte count. An unpaired surrogate becomes {@code '?'}, as the JDK encoder does.
     */
    static int encode(char[] chars, int length, byte[] out) {
        int at = 0;
        int i = 0;
        while (i < length && chars[i] < 0x80) {
            out[at++] = (byte) chars[i++];
        }
        for (; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int codePoint = Character.toCodePoint(c, chars[++i]);
                out[at++] = (byte) (0xF0 | (codePoint >> 18));
                out[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                out[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (codePoint & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return at;
    }
}
