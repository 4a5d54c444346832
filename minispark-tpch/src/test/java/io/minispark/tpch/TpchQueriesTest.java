package io.minispark.tpch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.MinisparkException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The 22 query texts and the query-list syntax of the benchmark. */
class TpchQueriesTest {
    @Test
    void everyQueryIsAStandaloneSelectWithItsParametersNamed() {
        for (int q : TpchQueries.all()) {
            String text = TpchQueries.text(q);
            assertThat(text).as("Q%d", q).startsWith("-- TPC-H Q" + q + ",").contains("validation parameter").doesNotEndWith(";");
            String body = text.toLowerCase(Locale.ROOT).replaceAll("--[^\n]*\n", "").strip();
            assertThat(body).as("Q%d", q).matches("(?s)(select|with)\\s.*");
        }
        assertThat(TpchQueries.all()).hasSize(22);
    }

    @Test
    void onlyTheSingleRowQueriesAreUnordered() {
        List<Integer> unordered = TpchQueries.all().stream().filter(q -> !TpchQueries.isOrdered(q)).toList();
        assertThat(unordered).containsExactly(6, 14, 17, 19);
    }

    @Test
    void parsesQueryLists() {
        assertThat(TpchQueries.parseList("1,3,6")).containsExactly(1, 3, 6);
        assertThat(TpchQueries.parseList("6, q1 ,3,3")).containsExactly(1, 3, 6);
        assertThat(TpchQueries.parseList("20-22,1")).containsExactly(1, 20, 21, 22);
        assertThat(TpchQueries.parseList("all")).hasSize(22);
        assertThat(TpchQueries.parseList(null)).hasSize(22);
        assertThatThrownBy(() -> TpchQueries.parseList("23")).isInstanceOf(MinisparkException.class).hasMessageContaining("1 to 22");
        assertThatThrownBy(() -> TpchQueries.parseList("one")).isInstanceOf(MinisparkException.class).hasMessageContaining("not a query number");
        assertThat(TpchQueries.label(7)).isEqualTo("Q07");
    }
}
