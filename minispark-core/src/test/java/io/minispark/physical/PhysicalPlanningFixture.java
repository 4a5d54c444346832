package io.minispark.physical;

import io.minispark.io.TableFormat;
import io.minispark.io.TableRef;
import io.minispark.logical.Scan;
import io.minispark.logical.TestPlans;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tables of chosen estimated sizes (the planner sizes join sides by estimated rows times row width,
 * 8 bytes for this schema) and a plan renderer.
 */
final class PhysicalPlanningFixture {
    static final long THRESHOLD = 1_000;
    static final Schema SCHEMA = Schema.of(new Field("id", DataType.INT), new Field("v", DataType.INT));

    private PhysicalPlanningFixture() {
    }

    /** A scan of a table named {@code name} whose estimated size is {@code bytes} bytes (bytes / 8 rows). */
    static Scan table(Path dir, String name, int bytes) {
        Path file = dir.resolve(name + ".csv");
        StringBuilder csv = new StringBuilder("id,v\n");
        for (int i = 0; i < bytes / 8; i++) {
            csv.append(i).append(',').append(i).append('\n');
        }
        try {
            Files.writeString(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TestPlans.scan(new TableRef(name, file.toString(), TableFormat.CSV, SCHEMA));
    }

    static Scan small(Path dir, String name) {
        return table(dir, name, (int) THRESHOLD / 10);
    }

    static Scan large(Path dir, String name) {
        return table(dir, name, (int) THRESHOLD * 10);
    }

    static PhysicalPlanner planner(boolean broadcast) {
        return new PhysicalPlanner(new PlannerSettings(4, broadcast, THRESHOLD));
    }

    /** One line per node, two spaces of indent per level. */
    static String text(PhysicalPlan plan) {
        StringBuilder out = new StringBuilder();
        render(plan, 0, out);
        return out.toString().stripTrailing();
    }

    private static void render(PhysicalPlan plan, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(plan.describe()).append('\n');
        plan.children().forEach(c -> render(c, depth + 1, out));
    }
}
