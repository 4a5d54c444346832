package io.minispark.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.DataType;
import io.minispark.types.Schema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSchemaInferenceTest {
    @TempDir
    Path temp;

    private DataType inferOne(String... values) {
        StringBuilder csv = new StringBuilder("c\n");
        for (String value : values) {
            csv.append(value).append('\n');
        }
        return CsvSchemaInference.infer(CsvTestFiles.write(temp, "one.csv", csv.toString())).type(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "true;FALSE;True | BOOLEAN",
        "1;-2;+3;2147483647 | INT",
        "1;2147483648 | BIGINT",
        "-9223372036854775808;0 | BIGINT",
        "9223372036854775808 | DOUBLE",
        "1;2.5 | DOUBLE",
        "1e10;-.5;7. | DOUBLE",
        "2024-01-31;1999-12-31 | DATE",
        "2024-01-31 10:00:00;2024-01-31T10:00:00.5 | TIMESTAMP",
        "2024-01-31;2024-01-31 10:00:00 | TIMESTAMP",
        "1;true | STRING",
        "2024-13-01 | STRING",
        "12:30 | STRING",
        "abc | STRING",
        "0x10 | STRING",
        "1d | STRING",
    })
    void picksTheNarrowestTypeThatFitsEveryValue(String values, String expected) {
        assertThat(inferOne(values.split(";"))).isEqualTo(DataType.parse(expected));
    }

    @Test
    void emptyValuesDoNotDecideTheType() {
        assertThat(inferOne("", "5", "")).isEqualTo(DataType.INT);
    }

    @Test
    void aColumnOfOnlyEmptyValuesIsString() {
        Path file = CsvTestFiles.write(temp, "empty.csv", "a,b\n1,\n2,\n");
        Schema schema = CsvSchemaInference.infer(file);
        assertThat(schema.types()).containsExactly(DataType.INT, DataType.STRING);
    }

    @Test
    void aHeaderOnlyFileHasStringColumns() {
        Path file = CsvTestFiles.write(temp, "header.csv", "a,b\n");
        assertThat(CsvSchemaInference.infer(file).types()).containsExactly(DataType.STRING, DataType.STRING);
    }

    @Test
    void namesComeFromTheTrimmedHeader() {
        Path file = CsvTestFiles.write(temp, "names.csv", " id ,\" full name \"\n1,x\n");
        Schema schema = CsvSchemaInference.infer(file);
        assertThat(schema.names()).containsExactly("id", "full name");
    }

    @Test
    void onlyTheSampleIsInspected() {
        Path file = CsvTestFiles.write(temp, "late.csv", "n\n1\n2\n3\nlate text\n");
        assertThat(CsvSchemaInference.infer(file, 3).type(0)).isEqualTo(DataType.INT);
        assertThat(CsvSchemaInference.infer(file, 4).type(0)).isEqualTo(DataType.STRING);
    }

    @Test
    void anEmptyHeaderNameIsMalformed() {
        Path file = CsvTestFiles.write(temp, "blank.csv", "a, ,c\n1,2,3\n");
        assertThatThrownBy(() -> CsvSchemaInference.infer(file))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_CSV))
                .hasMessageContainingAll(file.toString(), "line 1", "column 2");
    }

    @Test
    void duplicateHeaderNamesAreMalformed() {
        Path file = CsvTestFiles.write(temp, "dup.csv", "id,name,ID\n1,2,3\n");
        assertThatThrownBy(() -> CsvSchemaInference.infer(file))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_CSV))
                .hasMessageContainingAll("line 1", "\"ID\"");
    }

    @Test
    void aLaterRowThatDoesNotFitIsReportedByTheReader() {
        StringBuilder csv = new StringBuilder("n\n");
        for (int i = 0; i < 20; i++) {
            csv.append(i).append('\n');
        }
        csv.append("oops\n");
        Path file = CsvTestFiles.write(temp, "late.csv", csv.toString());
        Schema schema = CsvSchemaInference.infer(file, 10);
        assertThatThrownBy(() -> io.minispark.io.Rows.readAll(CsvBatchReader.open(file, schema, new int[] {0}, 8), 8))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_CSV))
                .hasMessageContainingAll("line 22", "\"oops\"");
    }
}
