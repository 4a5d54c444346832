package io.minispark.exec.expr;

import static io.minispark.exec.expr.ExpressionFixture.literal;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.logical.Like;
import io.minispark.logical.Literal;
import io.minispark.types.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikeExpressionTest {
    private final ExpressionFixture table = new ExpressionFixture()
            .column("s", DataType.STRING, "abc", "xabcx", "ab", "", "aéc", null, "a%c", "ABC");

    private List<Object> like(String pattern) {
        return table.evaluate(new Like(table.ref("s"), literal(pattern), false));
    }

    @Test
    void patternsAreClassifiedIntoFastPaths() {
        assertThat(LikePattern.compile("abc").shape()).isEqualTo(LikePattern.Shape.EXACT);
        assertThat(LikePattern.compile("abc%").shape()).isEqualTo(LikePattern.Shape.PREFIX);
        assertThat(LikePattern.compile("%abc").shape()).isEqualTo(LikePattern.Shape.SUFFIX);
        assertThat(LikePattern.compile("%abc%").shape()).isEqualTo(LikePattern.Shape.CONTAINS);
        assertThat(LikePattern.compile("%%").shape()).isEqualTo(LikePattern.Shape.ANYTHING);
        assertThat(LikePattern.compile("a_c").shape()).isEqualTo(LikePattern.Shape.GENERAL);
        assertThat(LikePattern.compile("%a%c").shape()).isEqualTo(LikePattern.Shape.GENERAL);
    }

    @Test
    void exactPrefixSuffixContainsAndAnything() {
        assertThat(like("abc")).containsExactly(true, false, false, false, false, null, false, false);
        assertThat(like("ab%")).containsExactly(true, false, true, false, false, null, false, false);
        assertThat(like("%bc")).containsExactly(true, false, false, false, false, null, false, false);
        assertThat(like("%bc%")).containsExactly(true, true, false, false, false, null, false, false);
        assertThat(like("%")).containsExactly(true, true, true, true, true, null, true, true);
        assertThat(like("")).containsExactly(false, false, false, true, false, null, false, false);
    }

    @Test
    void underscoreMatchesOneCodePointEvenWhenMultiByte() {
        assertThat(like("a_c")).containsExactly(true, false, false, false, true, null, true, false);
        assertThat(like("a__c")).containsExactly(false, false, false, false, false, null, false, false);
        assertThat(like("_")).containsExactly(false, false, false, false, false, null, false, false);
        assertThat(like("___")).containsExactly(true, false, false, false, true, null, true, true);
        assertThat(like("%_%c%")).containsExactly(true, true, false, false, true, null, true, false);
    }

    @Test
    void percentSignIsAlwaysAWildcardSinceThereIsNoEscape() {
        assertThat(like("a\\%c")).containsExactly(false, false, false, false, false, null, false, false);
    }

    @Test
    void notLikeNegatesButKeepsNull() {
        assertThat(table.evaluate(new Like(table.ref("s"), literal("ab%"), true)))
                .containsExactly(false, true, false, true, true, null, true, true);
    }

    @Test
    void perRowPatterns() {
        ExpressionFixture rows = new ExpressionFixture()
                .column("s", DataType.STRING, "hello", "hello", "héllo", "x", null)
                .column("p", DataType.STRING, "h%o", "h_llo", "h_llo", null, "%");
        assertThat(rows.evaluate(new Like(rows.ref("s"), rows.ref("p"), false)))
                .containsExactly(true, true, true, null, null);
        assertThat(rows.evaluate(new Like(literal("abc"), Literal.nullOf(DataType.STRING), false)))
                .containsExactly(null, null, null, null, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mississippi|%iss%ipp%|true",
        "mississippi|m%s%s%i|true",
        "mississippi|%sip_|false",
        "aaa|a%a%a|true",
        "aa|a%a%a|false",
        "日本語|_本_|true",
        "日本語|%語|true",
        "日本語|__|false",
    })
    void generalMatcherBacktracks(String text, String pattern, boolean expected) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(LikePattern.compile(pattern).matches(bytes, 0, bytes.length)).isEqualTo(expected);
    }
}
