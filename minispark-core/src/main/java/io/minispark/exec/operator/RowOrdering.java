package io.minispark.exec.operator;

import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;

/**
 * The order of rows of one batch by several sort keys, each a typed comparator over that key's
 * evaluated vector: NULL placement first, then the value order reversed for descending keys. NULL
 * placement does not flip with direction.
 */
final class RowOrdering {
    /** Compares two rows by one key's values, ignoring NULLs and direction. */
    private interface ValueOrder {
        int compare(int left, int right);
    }

    private final ValueOrder[] orders;
    private final boolean[][] nulls;
    private final int[] directions;
    private final int[] nullOrders;

    RowOrdering(Vector[] keys, SortKey[] sortKeys) {
        orders = new ValueOrder[keys.length];
        nulls = new boolean[keys.length][];
        directions = new int[keys.length];
        nullOrders = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            orders[k] = valueOrder(keys[k]);
            nulls[k] = keys[k].nulls();
            directions[k] = sortKeys[k].ascending() ? 1 : -1;
            nullOrders[k] = sortKeys[k].nullsFirst() ? -1 : 1;
        }
    }

    private static ValueOrder valueOrder(Vector key) {
        return switch (key) {
            case IntVector ints -> {
                int[] values = ints.values();
                yield (a, b) -> Integer.compare(values[a], values[b]);
            }
            case LongVector longs -> {
                long[] values = longs.values();
                yield (a, b) -> Long.compare(values[a], values[b]);
            }
            case DoubleVector doubles -> {
                double[] values = doubles.values();
                yield (a, b) -> ValueComparisons.compareDoubles(values[a], values[b]);
            }
            case BooleanVector booleans -> {
                boolean[] values = booleans.values();
                yield (a, b) -> Boolean.compare(values[a], values[b]);
            }
            case StringVector strings -> (a, b) -> strings.compare(a, strings, b);
        };
    }

    int compare(int left, int right) {
        for (int k = 0; k < orders.length; k++) {
            boolean[] keyNulls = nulls[k];
            if (keyNulls != null && (keyNulls[left] || keyNulls[right])) {
                if (keyNulls[left] && keyNulls[right]) {
                    continue;
                }
                return keyNulls[left] ? nullOrders[k] : -nullOrders[k];
            }
            int order = orders[k].compare(left, right);
            if (order != 0) {
                return order * directions[k];
            }
        }
        return 0;
    }

    /** Sorts row indexes stably (equal rows keep their input order) with a merge sort. */
    void sort(int[] rows) {
        int[] scratch = rows.clone();
        mergeSort(scratch, rows, 0, rows.length);
    }

    /** Sorts {@code target[from, to)}, using {@code source} (holding the same values) as scratch space. */
    private void mergeSort(int[] source, int[] target, int from, int to) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int row = target[i];
                int j = i - 1;
                while (j >= from && compare(target[j], row) > 0) {
                    target[j + 1] = target[j];
                    j--;
                }
                target[j + 1] = row;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(target, source, from, middle);
        mergeSort(target, source, middle, to);
        if (compare(source[middle - 1], source[middle]) <= 0) {
            System.arraycopy(source, from, target, from, to - from);
            return;
        }
        int left = from;
        int right = middle;
        for (int out = from; out < to; out++) {
            if (right >= to || left < middle && compare(source[left], source[right]) <= 0) {
                target[out] = source[left++];
            } else {
                target[out] = source[right++];
            }
        }
    }
}
