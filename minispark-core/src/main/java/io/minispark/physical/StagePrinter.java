package io.minispark.physical;

import io.minispark.logical.Attribute;
import java.util.List;
import java.util.stream.Collectors;

/** Prints stages the way the seed shows them: a writer line, then the pipeline with each node's schema. */
public final class StagePrinter {
    private StagePrinter() {
    }

    public static String print(List<Stage> stages) {
        StringBuilder out = new StringBuilder();
        for (Stage stage : stages) {
            out.append("# Stage ").append(stage.id()).append('\n');
            out.append(' ').append(writerName(stage)).append('\n');
            out.append("  schema = ").append(schema(stage.schema())).append('\n');
            print(stage.root(), 1, out);
            out.append("----------\n");
        }
        return out.toString();
    }

    /** How EXPLAIN names a stage's writer, e.g. {@code WriteToLocalFile()}. */
    public static String writerName(Stage stage) {
        return switch (stage.output()) {
            case StageOutput.Result r -> "WriteToLocalFile()";
            case StageOutput.Shuffle s -> switch (s.partitioning()) {
                case Partitioning.Hash h -> "WriteToShufflePartitions(" + h + ", partitions: " + h.partitionCount() + ")";
                case Partitioning.Single single -> "WriteToShufflePartitions(single partition)";
                case Partitioning.Broadcast b -> "WriteBroadcast()";
            };
        };
    }

    private static void print(PhysicalPlan node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append("+-  ").append(node.describe()).append('\n');
        out.append("  ".repeat(depth)).append("     schema = ").append(schema(node.output())).append('\n');
        for (PhysicalPlan child : node.children()) {
            print(child, depth + 1, out);
        }
    }

    static String schema(List<Attribute> attributes) {
        return attributes.stream().map(a -> a.qualifiedName() + ":" + a.type()).collect(Collectors.joining(", ", "[", "]"));
    }
}
