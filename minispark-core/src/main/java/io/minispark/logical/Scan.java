package io.minispark.logical;

import io.minispark.io.TableRef;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a table. {@code columns} are the table's column positions to read (after pruning), giving
 * {@code output}; {@code blockFilters} are conjuncts the scan may use to skip blocks by min/max
 * statistics — rows of kept blocks are still filtered by the Filter above.
 */
public record Scan(TableRef table, List<Integer> columns, List<Attribute> output, List<Expression> blockFilters)
        implements LogicalPlan {
    public Scan {
        columns = List.copyOf(columns);
        output = List.copyOf(output);
        blockFilters = List.copyOf(blockFilters);
    }

    @Override
    public List<LogicalPlan> children() {
        return List.of();
    }

    @Override
    public LogicalPlan withChildren(List<LogicalPlan> children) {
        return this;
    }

    @Override
    public String describe() {
        String text = "Scan(" + table.name();
        if (columns.size() != table.schema().size()) {
            text += ", columns: " + output.stream().map(Attribute::name).collect(Collectors.joining(", ", "[", "]"));
        }
        if (!blockFilters.isEmpty()) {
            text += ", skip blocks by: " + blockFilters.stream().map(Object::toString).collect(Collectors.joining(" AND "));
        }
        return text + ")";
    }
}
