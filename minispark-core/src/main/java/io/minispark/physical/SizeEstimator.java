package io.minispark.physical;

import io.minispark.io.TableRef;
import io.minispark.logical.Aggregate;
import io.minispark.logical.Filter;
import io.minispark.logical.Join;
import io.minispark.logical.Limit;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import io.minispark.logical.Sort;
import io.minispark.logical.SubqueryAlias;
import io.minispark.logical.Union;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A rough size in bytes of what a logical plan produces, from the tables' sizes on disk. Only used to
 * decide whether a join side is small enough to broadcast; crude guesses (a filter keeps half) are
 * enough for that.
 */
final class SizeEstimator {
    private SizeEstimator() {
    }

    static long estimate(LogicalPlan plan) {
        return switch (plan) {
            case Scan s -> tableBytes(s.table()) * s.columns().size() / Math.max(1, s.table().schema().size());
            case Filter f -> estimate(f.child()) / 2;
            case Project p -> estimate(p.child());
            case Aggregate a -> a.groupings().isEmpty() ? 64 : estimate(a.child()) / 2;
            case Join j -> saturatedAdd(estimate(j.left()), estimate(j.right()));
            case Sort s -> estimate(s.child());
            case Limit l -> l.limit() >= 0 ? Math.min(estimate(l.child()), (l.limit() + l.offset()) * 64) : estimate(l.child());
            case SubqueryAlias a -> estimate(a.child());
            case Union u -> u.inputs().stream().mapToLong(SizeEstimator::estimate).reduce(0, SizeEstimator::saturatedAdd);
        };
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    static long tableBytes(TableRef table) {
        Path path = Path.of(table.path());
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    return files.filter(Files::isRegularFile).mapToLong(SizeEstimator::size).sum();
                }
            }
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
