package io.minispark.tpch;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares a query's answer from two engines, cell by cell: two decimals must be exactly equal (to the
 * last digit of their scale, so money agrees to the cent), integers exactly, any other pair of numbers
 * within 1e-9 relative, dates by their ISO text, strings exactly. Rows are compared in order when the
 * query orders them, as multisets otherwise.
 */
public final class AnswerComparison {
    private static final double RELATIVE = 1e-9;

    private AnswerComparison() {
    }

    /** A description of the first difference, or null when the answers agree. */
    public static String difference(List<List<Object>> expected, List<List<Object>> actual, boolean ordered) {
        List<List<Object>> e = expected.stream().map(AnswerComparison::normalize).collect(Collectors.toCollection(ArrayList::new));
        List<List<Object>> a = actual.stream().map(AnswerComparison::normalize).collect(Collectors.toCollection(ArrayList::new));
        if (!ordered) {
            e.sort(Comparator.comparing(AnswerComparison::sortKey));
            a.sort(Comparator.comparing(AnswerComparison::sortKey));
        }
        if (e.size() != a.size()) {
            return "expected " + e.size() + " rows but got " + a.size() + "; expected starts " + head(e) + ", actual starts " + head(a);
        }
        for (int i = 0; i < e.size(); i++) {
            String cell = rowDifference(e.get(i), a.get(i));
            if (cell != null) {
                return "row " + (i + 1) + " of " + e.size() + " differs (" + cell + "): expected " + e.get(i) + " but got " + a.get(i);
            }
        }
        return null;
    }

    /** Whether two numbers agree by the rules above. */
    public static boolean sameNumber(Object x, Object y) {
        if (x instanceof BigDecimal dx && y instanceof BigDecimal dy) {
            return dx.compareTo(dy) == 0;
        }
        if (isIntegral(x) && isIntegral(y)) {
            return ((Number) x).longValue() == ((Number) y).longValue();
        }
        double a = ((Number) x).doubleValue();
        double b = ((Number) y).doubleValue();
        if (a == b || (Double.isNaN(a) && Double.isNaN(b))) {
            return true;
        }
        return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger;
    }

    private static String rowDifference(List<Object> e, List<Object> a) {
        if (e.size() != a.size()) {
            return "expected " + e.size() + " columns but got " + a.size();
        }
        for (int c = 0; c < e.size(); c++) {
            Object x = e.get(c);
            Object y = a.get(c);
            boolean same = x == null || y == null ? x == y
                    : x instanceof Number && y instanceof Number ? sameNumber(x, y)
                    : x.equals(y);
            if (!same) {
                return "column " + (c + 1) + ": " + describe(x) + " vs " + describe(y);
            }
        }
        return null;
    }

    private static String describe(Object value) {
        return value == null ? "NULL" : value + " (" + value.getClass().getSimpleName() + ")";
    }

    /** Values in comparable form: numbers stay as they are, temporal values become ISO text. */
    private static List<Object> normalize(List<?> row) {
        List<Object> out = new ArrayList<>(row.size());
        for (Object v : row) {
            out.add(switch (v) {
                case null -> null;
                case java.sql.Date d -> d.toLocalDate().toString();
                case LocalDate d -> d.toString();
                case java.sql.Timestamp t -> t.toLocalDateTime().toString();
                case LocalDateTime t -> t.toString();
                default -> v;
            });
        }
        return out;
    }

    private static String sortKey(List<Object> row) {
        return row.stream().map(v -> v instanceof Number n ? String.format("%.6e", n.doubleValue()) : String.valueOf(v))
                .collect(Collectors.joining("\u0001"));
    }

    private static String head(List<List<Object>> rows) {
        return rows.subList(0, Math.min(3, rows.size())).toString();
    }
}
