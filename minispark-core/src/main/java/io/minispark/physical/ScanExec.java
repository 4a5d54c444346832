package io.minispark.physical;

import io.minispark.io.TableRef;
import io.minispark.logical.Attribute;
import io.minispark.logical.Expression;
import java.util.List;
import java.util.stream.Collectors;

/** Reads one split of a table: the listed column positions, skipping blocks the filters rule out. */
public record ScanExec(TableRef table, List<Integer> columns, List<Attribute> output, List<Expression> blockFilters)
        implements PhysicalPlan {
    public ScanExec {
        columns = List.copyOf(columns);
        output = List.copyOf(output);
        blockFilters = List.copyOf(blockFilters);
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of();
    }

    @Override
    public PhysicalPlan withChildren(List<PhysicalPlan> children) {
        return this;
    }

    @Override
    public String describe() {
        String text = "Scan(" + table.name() + ", " + table.format().name().toLowerCase(java.util.Locale.ROOT);
        if (!blockFilters.isEmpty()) {
            text += ", skip blocks by: " + blockFilters.stream().map(Object::toString).collect(Collectors.joining(" AND "));
        }
        return text + ")";
    }
}
