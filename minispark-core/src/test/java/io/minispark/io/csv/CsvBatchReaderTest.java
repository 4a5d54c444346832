package io.minispark.io.csv;

import static io.minispark.io.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.Rows;
import io.minispark.io.SchemaDeclaration;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvBatchReaderTest {
    @TempDir
    Path temp;

    private static final Schema ALL_TYPES = SchemaDeclaration.parse(
            "flag BOOLEAN, small INT, big BIGINT, ratio DOUBLE, name STRING, day DATE, moment TIMESTAMP");

    private static List<List<Object>> read(Path file, Schema schema, int[] columns, int batchSize) {
        return Rows.readAll(CsvBatchReader.open(file, schema, columns, batchSize), batchSize);
    }

    private static int[] all(Schema schema) {
        int[] columns = new int[schema.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = i;
        }
        return columns;
    }

    @Test
    void readsEveryTypeAndTreatsEmptyFieldsAsNull() {
        Path file = CsvTestFiles.write(temp, "t.csv", """
                flag,small,big,ratio,name,day,moment
                true,1,10000000000,1.5,alice,2024-02-29,2024-02-29 13:14:15.123456
                FALSE,-2,-3,-1e3,bob,1969-12-31,1969-12-31T23:59:59
                ,,,,,,
                """);
        assertThat(read(file, ALL_TYPES, all(ALL_TYPES), 1024)).containsExactly(
                row(true, 1, 10_000_000_000L, 1.5, "alice", LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000)),
                row(false, -2, -3L, -1000.0, "bob", LocalDate.of(1969, 12, 31), LocalDateTime.of(1969, 12, 31, 23, 59, 59)),
                row(null, null, null, null, null, null, null));
    }

    @Test
    void followsRfc4180Quoting() {
        Path file = CsvTestFiles.write(temp, "quoted.csv",
                "id,text\r\n1,\"a, b\"\r\n2,\"she said \"\"hi\"\"\"\r\n3,\"line one\nline two\"\r\n4,\"\"\r\n5,plain\r\n");
        Schema schema = SchemaDeclaration.parse("id INT, text STRING");
        assertThat(read(file, schema, all(schema), 1024)).containsExactly(
                row(1, "a, b"),
                row(2, "she said \"hi\""),
                row(3, "line one\nline two"),
                row(4, null),
                row(5, "plain"));
    }

    @Test
    void keepsUnicodeText() {
        Path file = CsvTestFiles.write(temp, "unicode.csv", "name\nZoë\n日本語\n😀 emoji\n");
        Schema schema = SchemaDeclaration.parse("name STRING");
        assertThat(read(file, schema, all(schema), 2)).containsExactly(row("Zoë"), row("日本語"), row("😀 emoji"));
    }

    @Test
    void producesOnlyTheSelectedColumnsInTheRequestedOrder() {
        Path file = CsvTestFiles.write(temp, "t.csv", "a,b,c\n1,x,2.5\n2,y,3.5\n");
        Schema schema = SchemaDeclaration.parse("a INT, b STRING, c DOUBLE");
        assertThat(read(file, schema, new int[] {2, 0}, 10)).containsExactly(row(2.5, 1), row(3.5, 2));
        assertThat(read(file, schema, new int[0], 10)).containsExactly(row(), row());
    }

    @Test
    void unselectedColumnsAreNeverParsed() {
        // Column b is declared INT but holds text: a scan that does not select it must not care.
        Path file = CsvTestFiles.write(temp, "t.csv", "a,b\n1,not a number\n2,nope\n");
        Schema schema = SchemaDeclaration.parse("a INT, b INT");
        assertThat(read(file, schema, new int[] {0}, 10)).containsExactly(row(1), row(2));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 1024})
    void splitsRowsIntoBatchesOfTheRequestedSize(int batchSize) {
        StringBuilder csv = new StringBuilder("n,s\n");
        List<List<Object>> expected = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            csv.append(i).append(",v").append(i).append('\n');
            expected.add(row(i, "v" + i));
        }
        Path file = CsvTestFiles.write(temp, "many.csv", csv.toString());
        Schema schema = SchemaDeclaration.parse("n INT, s STRING");
        assertThat(read(file, schema, all(schema), batchSize)).isEqualTo(expected);
    }

    @Test
    void countsRowsAndBytes() {
        String text = "n\n1\n2\n3\n";
        Path file = CsvTestFiles.write(temp, "n.csv", text);
        try (CsvBatchReader reader = CsvBatchReader.open(file, SchemaDeclaration.parse("n INT"), new int[] {0}, 2)) {
            Batch first = reader.next();
            assertThat(first.rowCount()).isEqualTo(2);
            assertThat(reader.next().rowCount()).isEqualTo(1);
            assertThat(reader.next()).isNull();
            assertThat(reader.next()).isNull();
            assertThat(reader.rowsRead()).isEqualTo(3);
            assertThat(reader.bytesRead()).isEqualTo(text.length());
        }
    }

    @Test
    void aHeaderOnlyFileHasNoRows() {
        Path file = CsvTestFiles.write(temp, "empty.csv", "a,b\n");
        Schema schema = SchemaDeclaration.parse("a INT, b STRING");
        assertThat(read(file, schema, all(schema), 10)).isEmpty();
    }

    private static void assertMalformed(ThrowingCallable call, String... fragments) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(MinisparkException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_CSV);
                    assertThat(e.getMessage()).doesNotContain("\n");
                })
                .hasMessageContainingAll(fragments);
    }

    @Test
    void aLineWithTooManyFieldsNamesFileAndLine() {
        Path file = CsvTestFiles.write(temp, "wide.csv", "a,b\n1,2\n3,4,5\n");
        Schema schema = SchemaDeclaration.parse("a INT, b INT");
        assertMalformed(() -> read(file, schema, all(schema), 10), file.toString(), "line 3", "expected 2 fields but found 3");
    }

    @Test
    void aLineWithTooFewFieldsIsMalformedEvenWhenItsColumnsAreNotSelected() {
        Path file = CsvTestFiles.write(temp, "narrow.csv", "a,b\n1,2\n3\n");
        Schema schema = SchemaDeclaration.parse("a INT, b INT");
        assertMalformed(() -> read(file, schema, new int[] {0}, 10), "line 3", "found 1");
    }

    @Test
    void aBadNumberNamesLineColumnAndValue() {
        Path file = CsvTestFiles.write(temp, "bad.csv", "id,price\n1,2.5\n2,abc\n");
        Schema schema = SchemaDeclaration.parse("id INT, price DOUBLE");
        assertMalformed(() -> read(file, schema, all(schema), 10), file.toString(), "line 3", "\"price\"", "\"abc\"", "DOUBLE");
    }

    @Test
    void lineNumbersCountTheLinesInsideQuotedFields() {
        Path file = CsvTestFiles.write(temp, "multiline.csv", "id,note\n1,\"first\nsecond\nthird\"\n2,ok\nx,bad\n");
        Schema schema = SchemaDeclaration.parse("id INT, note STRING");
        assertMalformed(() -> read(file, schema, all(schema), 10), "line 6", "\"id\"", "\"x\"");
    }

    @Test
    void lineNumbersCountSkippedEmptyLines() {
        Path file = CsvTestFiles.write(temp, "gaps.csv", "id\n1\n\n\n2\nthree\n");
        Schema schema = SchemaDeclaration.parse("id INT");
        assertMalformed(() -> read(file, schema, all(schema), 1), "line 6", "\"three\"");
    }

    @Test
    void anIntegerOutOfRangeIsMalformed() {
        Path file = CsvTestFiles.write(temp, "overflow.csv", "n\n2147483647\n2147483648\n");
        Schema schema = SchemaDeclaration.parse("n INT");
        assertMalformed(() -> read(file, schema, all(schema), 10), "line 3", "\"2147483648\"", "INT");
    }

    @Test
    void anInvalidDateIsMalformed() {
        Path file = CsvTestFiles.write(temp, "dates.csv", "d\n2023-02-28\n2023-02-29\n");
        Schema schema = SchemaDeclaration.parse("d DATE");
        assertMalformed(() -> read(file, schema, all(schema), 10), "line 3", "\"2023-02-29\"", "DATE");
    }

    @Test
    void anUnterminatedQuoteIsMalformedWithItsStartingLine() {
        Path file = CsvTestFiles.write(temp, "unterminated.csv", "a,b\n1,2\n3,\"never closed\n4,5\n");
        Schema schema = SchemaDeclaration.parse("a INT, b STRING");
        assertMalformed(() -> read(file, schema, all(schema), 10), file.toString(), "line 3");
    }

    @Test
    void textAfterAClosingQuoteIsMalformed() {
        Path file = CsvTestFiles.write(temp, "stray.csv", "a,b\n1,\"ab\"c\n");
        Schema schema = SchemaDeclaration.parse("a INT, b STRING");
        assertMalformed(() -> read(file, schema, all(schema), 10), "line 2");
    }

    @Test
    void aHeaderThatDoesNotMatchTheSchemaIsMalformed() {
        Path file = CsvTestFiles.write(temp, "header.csv", "a,b,c\n1,2,3\n");
        Schema schema = SchemaDeclaration.parse("a INT, b INT");
        assertMalformed(() -> CsvBatchReader.open(file, schema, all(schema), 10), "line 1", "3 columns");
    }

    @Test
    void anEmptyFileIsMalformed() {
        Path file = CsvTestFiles.write(temp, "nothing.csv", "");
        Schema schema = SchemaDeclaration.parse("a INT");
        assertMalformed(() -> CsvBatchReader.open(file, schema, all(schema), 10), "empty");
    }

    @Test
    void aMissingFileIsFileNotFoundNamingIt() {
        Path file = temp.resolve("absent.csv");
        assertThatThrownBy(() -> CsvBatchReader.open(file, SchemaDeclaration.parse("a INT"), new int[] {0}, 10))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_NOT_FOUND))
                .hasMessageContaining(file.toString());
    }

    @Test
    void longOffendingValuesAreShortenedInTheMessage() {
        String longValue = "z".repeat(5000);
        Path file = CsvTestFiles.write(temp, "long.csv", "n\n" + longValue + "\n");
        assertThatThrownBy(() -> read(file, SchemaDeclaration.parse("n INT"), new int[] {0}, 10))
                .isInstanceOf(MinisparkException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400));
    }
}
