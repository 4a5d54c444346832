package io.minispark.io;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.api.Session;
import io.minispark.errors.MinisparkException;
import io.minispark.result.Row;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV columns declared DECIMAL(p, s) read exactly; inference still picks DOUBLE for fractions, as DuckDB does. */
class DecimalCsvTest {
    @TempDir
    Path temp;

    @Test
    void aDeclarationMayContainDecimalsWithCommas() {
        assertThat(SchemaDeclaration.parse("id INT, price DECIMAL(15, 2), tax numeric(4,3), total DECIMAL, n DECIMAL(9)"))
                .isEqualTo(Schema.of(new Field("id", DataType.INT), new Field("price", DataType.decimal(15, 2)),
                        new Field("tax", DataType.decimal(4, 3)), new Field("total", DataType.decimal(18, 3)),
                        new Field("n", DataType.decimal(9, 0))));
        assertThatThrownBy(() -> SchemaDeclaration.parse("price DECIMAL(19,2)")).isInstanceOf(MinisparkException.class)
                .hasMessageContaining("DECIMAL(p,s)");
    }

    @Test
    void declaredDecimalsParseExactly() throws Exception {
        Path csv = temp.resolve("prices.csv");
        Files.writeString(csv, "id,price\n1,1.005\n2,-0.5\n3,\n4,  12 \n5,0.1\n6,0.2\n7,9999999999999.99\n8,1.5e2\n");
        try (Session session = Session.builder().dataDir(temp).build()) {
            List<Row> rows = session.read().schema("id INT, price DECIMAL(15,2)").csv(csv.toString())
                    .orderBy("id").collect();
            assertThat(rows.stream().map(r -> r.get(1)).toList()).containsExactly(new BigDecimal("1.01"), new BigDecimal("-0.50"),
                    null, new BigDecimal("12.00"), new BigDecimal("0.10"), new BigDecimal("0.20"),
                    new BigDecimal("9999999999999.99"), new BigDecimal("150.00"));
            // 0.1 + 0.2 is exactly 0.3 in decimals, unlike doubles.
            Row total = session.read().schema("id INT, price DECIMAL(15,2)").csv(csv.toString())
                    .filter(col("id").isin(5, 6)).agg(sum(col("price"))).collect().get(0);
            assertThat(total.get(0)).isEqualTo(new BigDecimal("0.30"));
        }
    }

    @Test
    void aValueBeyondTheDeclaredPrecisionIsAnError() throws Exception {
        Path csv = temp.resolve("bad.csv");
        Files.writeString(csv, "price\n1000.00\n");
        try (Session session = Session.builder().dataDir(temp).build()) {
            assertThatThrownBy(() -> session.read().schema("price DECIMAL(5,2)").csv(csv.toString()).collect())
                    .isInstanceOf(MinisparkException.class);
        }
    }

    @Test
    void inferenceKeepsDoubleForFractions() throws Exception {
        Path csv = temp.resolve("inferred.csv");
        Files.writeString(csv, "price\n1.5\n2.25\n");
        try (Session session = Session.builder().dataDir(temp).build()) {
            assertThat(session.read().csv(csv.toString()).schema().type(0)).isEqualTo(DataType.DOUBLE);
        }
    }
}
