package io.minispark.e2e;

import static org.assertj.core.api.Assertions.fail;

import io.minispark.result.Row;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Compares rows from minispark with expected rows (from DuckDB or written by hand): as multisets,
 * or in order when the query sorts. Values are normalized first (all integers as Long, fractions as
 * Double); doubles match within a relative 1e-9, since the engines may add in different orders.
 */
final class ResultComparison {
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private ResultComparison() {
    }

    static List<List<Object>> normalized(List<Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Row row : rows) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                values.add(DuckDbOracle.normalize(row.get(i)));
            }
            out.add(values);
        }
        return out;
    }

    /** Same rows, any order (each expected row matches a distinct actual row). */
    static void assertSameMultiset(List<Row> actualRows, List<List<Object>> expected, String description) {
        List<List<Object>> actual = normalized(actualRows);
        List<List<Object>> unmatched = new ArrayList<>(actual);
        List<List<Object>> missing = new ArrayList<>();
        for (List<Object> want : expected) {
            boolean found = false;
            for (Iterator<List<Object>> it = unmatched.iterator(); it.hasNext(); ) {
                if (rowsMatch(it.next(), want)) {
                    it.remove();
                    found = true;
                    break;
                }
            }
            if (!found) {
                missing.add(want);
            }
        }
        if (!missing.isEmpty() || !unmatched.isEmpty()) {
            fail(description + "\nexpected (" + expected.size() + " rows): " + expected
                    + "\nactual   (" + actual.size() + " rows): " + actual
                    + "\nmissing from actual: " + missing + "\nunexpected in actual: " + unmatched);
        }
    }

    /** Same rows in the same order. */
    static void assertSameSequence(List<Row> actualRows, List<List<Object>> expected, String description) {
        List<List<Object>> actual = normalized(actualRows);
        boolean same = actual.size() == expected.size();
        for (int i = 0; same && i < actual.size(); i++) {
            same = rowsMatch(actual.get(i), expected.get(i));
        }
        if (!same) {
            fail(description + "\nexpected (in order, " + expected.size() + " rows): " + expected
                    + "\nactual   (" + actual.size() + " rows): " + actual);
        }
    }

    static boolean rowsMatch(List<Object> actual, List<Object> expected) {
        if (actual.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < actual.size(); i++) {
            if (!valuesMatch(actual.get(i), expected.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Equal values; an integer never matches a double, so a wrong result type is caught too. */
    static boolean valuesMatch(Object actual, Object expected) {
        if (actual instanceof Double a && expected instanceof Double e) {
            if (a.equals(e)) {
                return true;
            }
            return Math.abs(a - e) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(e));
        }
        return Objects.equals(actual, expected);
    }
}
