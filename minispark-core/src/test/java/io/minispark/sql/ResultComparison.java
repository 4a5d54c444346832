package io.minispark.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares two engines' rows: numbers of any Java type by value (doubles within 1e-9 relative),
 * dates and timestamps by text; as multisets unless the order is defined.
 */
final class ResultComparison {
    private static final double RELATIVE = 1e-9;

    private ResultComparison() {
    }

    /** Values in comparable form: Double for every number, text for temporal values. */
    static List<Object> normalize(List<?> row) {
        List<Object> out = new ArrayList<>();
        for (Object v : row) {
            out.add(switch (v) {
                case null -> null;
                case BigInteger b -> b.doubleValue();
                case BigDecimal b -> b.doubleValue();
                case Number n -> n.doubleValue();
                case LocalDate d -> ValueFormat.format(d);
                case LocalDateTime t -> ValueFormat.format(t);
                case java.sql.Timestamp t -> ValueFormat.format(t);
                case java.sql.Date d -> ValueFormat.format(d);
                case java.time.OffsetDateTime t -> ValueFormat.format(t.toLocalDateTime());
                default -> v;
            });
        }
        return out;
    }

    /** The difference between the two results, or null when they agree. */
    static String difference(List<List<Object>> expected, List<List<Object>> actual, boolean ordered) {
        List<List<Object>> e = expected.stream().map(ResultComparison::normalize).collect(Collectors.toCollection(ArrayList::new));
        List<List<Object>> a = actual.stream().map(ResultComparison::normalize).collect(Collectors.toCollection(ArrayList::new));
        if (!ordered) {
            e.sort(Comparator.comparing(ResultComparison::sortKey));
            a.sort(Comparator.comparing(ResultComparison::sortKey));
        }
        if (e.size() != a.size()) {
            return "expected " + e.size() + " rows but got " + a.size() + "\nexpected: " + e + "\nactual:   " + a;
        }
        for (int i = 0; i < e.size(); i++) {
            if (!rowsEqual(e.get(i), a.get(i))) {
                return "row " + i + " differs: expected " + e.get(i) + " but got " + a.get(i)
                        + "\nexpected: " + e + "\nactual:   " + a;
            }
        }
        return null;
    }

    private static String sortKey(List<Object> row) {
        return row.stream().map(v -> v instanceof Double d ? String.format("%.6e", d) : String.valueOf(v))
                .collect(Collectors.joining("\u0001"));
    }

    private static boolean rowsEqual(List<Object> e, List<Object> a) {
        if (e.size() != a.size()) {
            return false;
        }
        for (int i = 0; i < e.size(); i++) {
            Object x = e.get(i);
            Object y = a.get(i);
            if (x instanceof Double dx && y instanceof Double dy) {
                if (!close(dx, dy)) {
                    return false;
                }
            } else if (x == null ? y != null : !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    static boolean close(double x, double y) {
        if (x == y || (Double.isNaN(x) && Double.isNaN(y))) {
            return true;
        }
        return Math.abs(x - y) <= RELATIVE * Math.max(Math.abs(x), Math.abs(y));
    }
}
