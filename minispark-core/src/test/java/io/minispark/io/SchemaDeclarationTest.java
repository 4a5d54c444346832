package io.minispark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaDeclarationTest {
    @Test
    void parsesNamesAndTypes() {
        assertThat(SchemaDeclaration.parse("user_id INT, name STRING, price DOUBLE")).isEqualTo(Schema.of(
                new Field("user_id", DataType.INT), new Field("name", DataType.STRING), new Field("price", DataType.DOUBLE)));
    }

    @Test
    void acceptsAliasesMultiWordTypesAndQuotedNames() {
        Schema schema = SchemaDeclaration.parse("  a bigint,b  double precision ,\"full, name\" varchar, `when` timestamp,d date,e bool");
        assertThat(schema.names()).containsExactly("a", "b", "full, name", "when", "d", "e");
        assertThat(schema.types()).containsExactly(DataType.BIGINT, DataType.DOUBLE, DataType.STRING, DataType.TIMESTAMP,
                DataType.DATE, DataType.BOOLEAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a", "a INT,", "a INT, , b INT", "a INTEGR", "a INT, A STRING", "\"a INT", "INT"})
    void rejectsBadTextWithInvalidArgument(String text) {
        assertThatThrownBy(() -> SchemaDeclaration.parse(text))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("invalid schema");
    }

    @Test
    void theErrorNamesTheBadColumnAndType() {
        assertThatThrownBy(() -> SchemaDeclaration.parse("id INT, price MONEY"))
                .hasMessageContainingAll("\"price\"", "\"MONEY\"");
    }
}
