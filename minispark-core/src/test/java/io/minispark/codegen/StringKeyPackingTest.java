package io.minispark.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compiled aggregations compare short string keys by their packed long: equal longs must mean equal strings. */
class StringKeyPackingTest {
    private static long pack(String s) {
        // Surrounded by other bytes, as a key inside a column's shared byte array.
        byte[] bytes = ("xx" + s + "yy").getBytes(StandardCharsets.UTF_8);
        return RowFunctions.packShortKey(bytes, 2, bytes.length - 2);
    }

    @Test
    void distinctShortStringsPackToDistinctLongs() {
        List<String> keys = List.of("", "a", "b", "ab", "ba", "a\0", "\0", "\0\0", "abcdefg", "abcdefh", "bbcdefg",
                "日本", "ápple", "Apple", "\u00ff", "\u00ff\u00ff\u00ff");
        Map<Long, String> seen = new HashMap<>();
        for (String key : keys) {
            long packed = pack(key);
            assertThat(packed).as(key).isNotEqualTo(RowFunctions.LONG_STRING_KEY);
            assertThat(seen.put(packed, key)).as("packed value of " + key).isNull();
        }
    }

    @Test
    void everyByteOfEveryShortLengthIsPacked() {
        for (int length = 1; length <= 7; length++) {
            byte[] key = new byte[length + 2];
            java.util.Arrays.fill(key, (byte) 'k');
            long packed = RowFunctions.packShortKey(key, 1, 1 + length);
            for (int position = 1; position <= length; position++) {
                byte[] changed = key.clone();
                changed[position] = (byte) 0xff;
                assertThat(RowFunctions.packShortKey(changed, 1, 1 + length)).as("length %d, byte %d", length, position)
                        .isNotEqualTo(packed);
            }
        }
    }

    @Test
    void packingDependsOnlyOnTheKeyBytesNotWhereTheyLie() {
        byte[] left = "--abc".getBytes(StandardCharsets.UTF_8);
        byte[] right = "abc+++".getBytes(StandardCharsets.UTF_8);
        assertThat(RowFunctions.packShortKey(left, 2, 5)).isEqualTo(RowFunctions.packShortKey(right, 0, 3));
        assertThat(RowFunctions.hashStringKey(RowFunctions.packShortKey(left, 2, 5), left, 2, 5))
                .isEqualTo(RowFunctions.hashStringKey(RowFunctions.packShortKey(right, 0, 3), right, 0, 3));
    }

    @Test
    void keysOfEightBytesOrMoreAreNotPackedAndHashByTheirBytes() {
        for (String key : List.of("abcdefgh", "pineapple", "日本語")) {
            byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
            assertThat(RowFunctions.packShortKey(bytes, 0, bytes.length)).as(key).isEqualTo(RowFunctions.LONG_STRING_KEY);
            assertThat(RowFunctions.hashStringKey(RowFunctions.LONG_STRING_KEY, bytes, 0, bytes.length))
                    .isEqualTo(io.minispark.vector.Hashing.hashBytes(bytes, 0, bytes.length));
        }
    }
}
