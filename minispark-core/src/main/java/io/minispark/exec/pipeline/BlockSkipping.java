package io.minispark.exec.pipeline;

import io.minispark.io.block.BlockStatistics;
import io.minispark.io.block.ColumnStatistics;
import io.minispark.logical.Attribute;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Comparison;
import io.minispark.logical.Expression;
import io.minispark.logical.IsNull;
import io.minispark.logical.Literal;
import io.minispark.physical.ScanExec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decides from a block's min/max statistics whether it can hold a row passing the scan's filters.
 * Conservative: unknown statistics, NaN bounds or unsupported shapes keep the block.
 */
public final class BlockSkipping {
    private BlockSkipping() {
    }

    public static Predicate<BlockStatistics> predicate(ScanExec scan) {
        List<Predicate<BlockStatistics>> tests = new ArrayList<>();
        for (Expression filter : scan.blockFilters()) {
            Predicate<BlockStatistics> test = test(scan, filter);
            if (test != null) {
                tests.add(test);
            }
        }
        if (tests.isEmpty()) {
            return null;
        }
        return statistics -> tests.stream().allMatch(t -> t.test(statistics));
    }

    private static Predicate<BlockStatistics> test(ScanExec scan, Expression filter) {
        return switch (filter) {
            case IsNull n when n.child() instanceof ColumnRef ref -> {
                int column = tableColumn(scan, ref.attribute());
                if (column < 0) {
                    yield null;
                }
                yield n.negated()
                        ? s -> s.column(column).nullCount() < s.rowCount()
                        : s -> s.column(column).nullCount() > 0;
            }
            case Comparison c when c.left() instanceof ColumnRef ref && c.right() instanceof Literal lit -> compare(scan, ref, c.op(), lit);
            case Comparison c when c.right() instanceof ColumnRef ref && c.left() instanceof Literal lit -> compare(scan, ref, c.op().flip(), lit);
            default -> null;
        };
    }

    private static Predicate<BlockStatistics> compare(ScanExec scan, ColumnRef ref, Comparison.Op op, Literal literal) {
        int column = tableColumn(scan, ref.attribute());
        Object value = literal.value();
        if (column < 0 || value == null) {
            return null;
        }
        return statistics -> {
            ColumnStatistics s = statistics.column(column);
            if (s.nullCount() == statistics.rowCount()) {
                return false;
            }
            if (s.min() == null || s.max() == null || isNaN(s.min()) || isNaN(s.max()) || isNaN(value)) {
                return true;
            }
            int minVsValue = compareValues(s.min(), value);
            int maxVsValue = compareValues(s.max(), value);
            return switch (op) {
                case EQ -> minVsValue <= 0 && maxVsValue >= 0;
                case NE -> !(minVsValue == 0 && maxVsValue == 0);
                case LT -> minVsValue < 0;
                case LE -> minVsValue <= 0;
                case GT -> maxVsValue > 0;
                case GE -> maxVsValue >= 0;
            };
        };
    }

    private static boolean isNaN(Object v) {
        return v instanceof Double d && d.isNaN();
    }

    private static int tableColumn(ScanExec scan, Attribute attribute) {
        for (int i = 0; i < scan.output().size(); i++) {
            if (scan.output().get(i).id() == attribute.id()) {
                return scan.columns().get(i);
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static int compareValues(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            // Same order as the engine: unsigned UTF-8 bytes (code point order).
            return Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8));
        }
        if (a instanceof Number x && b instanceof Number y && !(a.getClass().equals(b.getClass()))) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return ((Comparable<Object>) a).compareTo(b);
    }
}
