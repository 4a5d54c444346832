package io.minispark.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DECIMAL(p, s) as a type: parsing, printing, validation, layout, and the {@link Decimals} helpers. */
class DecimalTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "DECIMAL(15,2); 15; 2",
        "decimal( 15 , 2 ); 15; 2",
        "NUMERIC(7,3); 7; 3",
        "DECIMAL(9); 9; 0",
        "numeric(18); 18; 0",
        "DECIMAL; 18; 3",
        "NUMERIC; 18; 3",
        "DECIMAL(18,18); 18; 18",
        "DECIMAL(1,0); 1; 0",
    })
    void parsesDecimalSpellings(String text, int precision, int scale) {
        DataType type = DataType.parse(text);
        assertThat(type.kind()).isEqualTo(TypeKind.DECIMAL);
        assertThat(type.precision()).isEqualTo(precision);
        assertThat(type.scale()).isEqualTo(scale);
        assertThat(type).isEqualTo(DataType.decimal(precision, scale));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"DECIMAL(19,2)", "DECIMAL(0,0)", "DECIMAL(5,6)", "DECIMAL(5,)", "DECIMAL(,2)",
        "DECIMAL(5,2", "DECIMAL(38,10)", "DECIMALS", "DECIMAL(-1,0)"})
    void rejectsInvalidDecimals(String text) {
        assertThatThrownBy(() -> DataType.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructorChecksPrecisionAndScale() {
        assertThatThrownBy(() -> DataType.decimal(19, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataType.decimal(3, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataType.decimal(3, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataType(TypeKind.INT, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataType.of(TypeKind.DECIMAL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsAsDuckDbNamesIt() {
        assertThat(DataType.decimal(15, 2)).hasToString("DECIMAL(15,2)");
        assertThat(DataType.parse(DataType.decimal(18, 0).toString())).isEqualTo(DataType.decimal(18, 0));
        assertThat(DataType.INT).hasToString("INT");
    }

    @Test
    void existingConstantsAreUnchanged() {
        assertThat(DataType.parse("int")).isSameAs(DataType.INT);
        assertThat(DataType.of(TypeKind.BIGINT)).isSameAs(DataType.BIGINT);
        assertThat(DataType.DOUBLE.precision()).isZero();
        assertThat(DataType.DOUBLE.scale()).isZero();
    }

    @Test
    void isAnExactNumberStoredAsALong() {
        DataType type = DataType.decimal(10, 2);
        assertThat(type.isNumeric()).isTrue();
        assertThat(type.isIntegral()).isFalse();
        assertThat(type.isDecimal()).isTrue();
        assertThat(type.physical()).isEqualTo(PhysicalType.LONG);
        assertThat(DataType.BIGINT.isDecimal()).isFalse();
    }

    @Test
    void rescalesRoundingHalfAwayFromZero() {
        assertThat(Decimals.rescale(123456, 3, 2)).isEqualTo(12346);
        assertThat(Decimals.rescale(123455, 3, 2)).isEqualTo(12346);
        assertThat(Decimals.rescale(123454, 3, 2)).isEqualTo(12345);
        assertThat(Decimals.rescale(-123455, 3, 2)).isEqualTo(-12346);
        assertThat(Decimals.rescale(-5, 3, 2)).isEqualTo(-1);
        assertThat(Decimals.rescale(-4, 3, 2)).isZero();
        assertThat(Decimals.rescale(15, 1, 0)).isEqualTo(2);
        assertThat(Decimals.rescale(-25, 1, 0)).isEqualTo(-3);
        assertThat(Decimals.rescale(12, 0, 3)).isEqualTo(12000);
    }

    @Test
    void rescaleUpwardsReportsLongOverflow() {
        assertThatThrownBy(() -> Decimals.rescale(999_999_999_999_999_999L, 0, 2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void divideRoundedHandlesTheExtremes() {
        assertThat(Decimals.divideRounded(Long.MAX_VALUE, 18)).isEqualTo(9);
        assertThat(Decimals.divideRounded(Long.MIN_VALUE, 18)).isEqualTo(-9);
        assertThat(Decimals.divideRounded(Long.MAX_VALUE, 19)).isEqualTo(1);
        assertThat(Decimals.divideRounded(4_999_999_999_999_999_999L, 19)).isZero();
        assertThat(Decimals.divideRounded(-5_000_000_000_000_000_000L, 19)).isEqualTo(-1);
        assertThat(Decimals.divideRounded(Long.MIN_VALUE, 25)).isZero();
        assertThat(Decimals.divideRounded(1_500_000_000_000_000_000L, 18)).isEqualTo(2);
    }

    @Test
    void checksPrecision() {
        assertThat(Decimals.fits(99_999, 5)).isTrue();
        assertThat(Decimals.fits(-99_999, 5)).isTrue();
        assertThat(Decimals.fits(100_000, 5)).isFalse();
        assertThat(Decimals.fits(-100_000, 5)).isFalse();
        assertThat(Decimals.fits(999_999_999_999_999_999L, 18)).isTrue();
        assertThat(Decimals.fits(1_000_000_000_000_000_000L, 18)).isFalse();
        assertThatThrownBy(() -> Decimals.checkPrecision(1000, 3)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void formatsWithExactlyTheScalesDigits() {
        assertThat(Decimals.format(123450, 2)).isEqualTo("1234.50");
        assertThat(Decimals.format(-5, 2)).isEqualTo("-0.05");
        assertThat(Decimals.format(0, 3)).isEqualTo("0.000");
        assertThat(Decimals.format(-12, 0)).isEqualTo("-12");
        assertThat(Decimals.format(999_999_999_999_999_999L, 18)).isEqualTo("0.999999999999999999");
    }

    @Test
    void convertsToAndFromBigDecimal() {
        DataType type = DataType.decimal(5, 2);
        assertThat(Decimals.toBigDecimal(123, 2)).isEqualTo(new BigDecimal("1.23"));
        assertThat(Decimals.fromBigDecimal(new BigDecimal("1.005"), type)).isEqualTo(101);
        assertThat(Decimals.fromBigDecimal(new BigDecimal("-1.005"), type)).isEqualTo(-101);
        assertThat(Decimals.fromBigDecimal(new BigDecimal("1E+2"), type)).isEqualTo(10000);
        assertThatThrownBy(() -> Decimals.fromBigDecimal(new BigDecimal("1000"), type)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Decimals.fromBigDecimal(new BigDecimal("1E+30"), type)).isInstanceOf(ArithmeticException.class);
    }
}
