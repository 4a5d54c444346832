package io.minispark.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.types.Dates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvValuesTest {
    private static char[] chars(String text) {
        return text.toCharArray();
    }

    @Test
    void integersCoverTheWholeRangeAndIgnoreSurroundingSpaces() {
        assertThat(CsvValues.parseLong(chars("-9223372036854775808"), 0, 20)).isEqualTo(Long.MIN_VALUE);
        assertThat(CsvValues.parseLong(chars("9223372036854775807"), 0, 19)).isEqualTo(Long.MAX_VALUE);
        assertThat(CsvValues.parseInt(chars("  -42\t"), 0, 6)).isEqualTo(-42);
        assertThat(CsvValues.parseInt(chars("x+7x"), 1, 2)).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", "1 2", "1.0", "9223372036854775808", "-9223372036854775809", "１２"})
    void rejectsTextThatIsNotABigint(String text) {
        assertThatThrownBy(() -> CsvValues.parseLong(chars(text), 0, text.length())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void doublesAcceptDecimalAndSpecialSpellings() {
        assertThat(CsvValues.parseDouble(chars("-1.5E-3"), 0, 7)).isEqualTo(-0.0015);
        assertThat(CsvValues.parseDouble(chars("-inf"), 0, 4)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(CsvValues.parseDouble(chars("NaN"), 0, 3)).isNaN();
        for (String bad : new String[] {".", "e5", "1e", "1.2.3", "0x1p3", "1f", "Infinityy"}) {
            assertThatThrownBy(() -> CsvValues.parseDouble(chars(bad), 0, bad.length())).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void timestampsKeepMicrosecondsAndDropFinerDigits() {
        String text = "1969-12-31T23:59:59.123456789";
        long micros = CsvValues.parseTimestamp(chars(text), 0, text.length());
        assertThat(Dates.toLocalDateTime(micros)).isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 123_456_000));
        assertThat(CsvValues.parseTimestamp(chars("2000-01-01"), 0, 10)).isEqualTo(Dates.parseTimestamp("2000-01-01 00:00:00"));
        for (String bad : new String[] {"2000-01-01 24:00:00", "2000-01-01 10:00", "2000-01-01 10:00:00.", "2000-01-01X10:00:00"}) {
            assertThatThrownBy(() -> CsvValues.parseTimestamp(chars(bad), 0, bad.length())).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void datesAreStrictIso() {
        assertThat(CsvValues.parseDate(chars("2024-02-29"), 0, 10)).isEqualTo(Dates.toEpochDay(LocalDate.of(2024, 2, 29)));
        for (String bad : new String[] {"2024-2-29", "2023-02-29", "24-02-29", "2024/02/29", "2024-02-29T00:00"}) {
            assertThatThrownBy(() -> CsvValues.parseDate(chars(bad), 0, bad.length())).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void utf8EncodingMatchesTheJdk() {
        String text = "aé✓😀\uD800z";
        byte[] out = new byte[3 * text.length()];
        int length = Utf8.encode(text.toCharArray(), text.length(), out);
        assertThat(java.util.Arrays.copyOf(out, length)).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
