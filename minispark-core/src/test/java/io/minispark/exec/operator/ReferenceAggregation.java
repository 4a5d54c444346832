package io.minispark.exec.operator;

import io.minispark.logical.AggregateCall.Function;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A deliberately naive GROUP BY over rows of Java objects, to check the operator against. */
final class ReferenceAggregation {
    /** One aggregate: the function, the argument column (-1 for COUNT(*)), DISTINCT, and whether SUM is integral. */
    record Call(Function function, int column, boolean distinct, boolean integral) {
    }

    private ReferenceAggregation() {
    }

    static List<List<Object>> aggregate(List<List<Object>> rows, int[] keyColumns, List<Call> calls, boolean global) {
        Map<List<Object>, List<List<Object>>> groups = new LinkedHashMap<>();
        for (List<Object> row : rows) {
            List<Object> key = new ArrayList<>();
            for (int k : keyColumns) {
                key.add(normalise(row.get(k)));
            }
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(row);
        }
        if (global && groups.isEmpty()) {
            groups.put(List.of(), List.of());
        }
        List<List<Object>> out = new ArrayList<>();
        for (Map.Entry<List<Object>, List<List<Object>>> group : groups.entrySet()) {
            List<Object> result = new ArrayList<>(group.getKey());
            for (Call call : calls) {
                result.add(compute(call, group.getValue()));
            }
            out.add(result);
        }
        return out;
    }

    private static Object normalise(Object value) {
        if (value instanceof Double d && d == 0.0) {
            return 0.0;
        }
        return value;
    }

    private static Object compute(Call call, List<List<Object>> rows) {
        if (call.column() < 0) {
            return (long) rows.size();
        }
        List<Object> values = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.get(call.column()) != null) {
                values.add(row.get(call.column()));
            }
        }
        if (call.distinct()) {
            Set<Object> unique = new LinkedHashSet<>(values);
            values = new ArrayList<>(unique);
        }
        switch (call.function()) {
            case COUNT:
                return (long) values.size();
            case SUM:
                if (values.isEmpty()) {
                    return null;
                }
                if (call.integral()) {
                    long sum = 0;
                    for (Object v : values) {
                        sum = Math.addExact(sum, ((Number) v).longValue());
                    }
                    return sum;
                }
                double total = 0;
                for (Object v : values) {
                    total += ((Number) v).doubleValue();
                }
                return total;
            case AVG:
                if (values.isEmpty()) {
                    return null;
                }
                double sum = 0;
                for (Object v : values) {
                    sum += ((Number) v).doubleValue();
                }
                return sum / values.size();
            case MIN:
                return values.stream().min(ORDER).orElse(null);
            case MAX:
                return values.stream().max(ORDER).orElse(null);
            default:
                throw new AssertionError();
        }
    }

    /** SQL order of non-NULL raw values: Double.compare puts NaN last (the tests avoid -0.0), strings compare as UTF-8 bytes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Comparator<Object> ORDER = (a, b) -> {
        if (a instanceof String x && b instanceof String y) {
            return java.util.Arrays.compareUnsigned(x.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    y.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        return ((Comparable) a).compareTo(b);
    };
}
