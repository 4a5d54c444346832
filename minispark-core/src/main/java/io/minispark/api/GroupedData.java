package io.minispark.api;

import io.minispark.analysis.Analyzer;
import io.minispark.analysis.UnresolvedExpression;
import java.util.Arrays;
import java.util.List;

/** A DataFrame grouped by keys, waiting for its aggregates: {@code df.groupBy(col("k")).agg(sum(col("v")))}. */
public final class GroupedData {
    private final DataFrame df;
    private final List<UnresolvedExpression> keys;

    GroupedData(DataFrame df, List<UnresolvedExpression> keys) {
        this.df = df;
        this.keys = List.copyOf(keys);
    }

    /** One row per group: the key columns, then the aggregates. */
    public DataFrame agg(Column... aggregates) {
        return new DataFrame(df.session(), Analyzer.groupBy(df.logicalPlan(), keys,
                Arrays.stream(aggregates).map(Column::expression).toList()));
    }

    /** The number of rows per group, as column "count". */
    public DataFrame count() {
        return agg(functions.count().alias("count"));
    }
}
