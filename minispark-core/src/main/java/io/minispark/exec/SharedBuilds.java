package io.minispark.exec;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Read-only structures that every job of a query may share instead of each building its own — the
 * hash table of a broadcast join side, built once per process from the broadcast blocks. The first job
 * that needs one builds it while the others wait; it lives until the query ends.
 */
public final class SharedBuilds implements AutoCloseable {
    private final ConcurrentHashMap<Object, FutureTask<Object>> builds = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Object, Runnable> releases = new ConcurrentHashMap<>();

    /**
     * The structure under {@code key}, built by {@code builder} if no job built it yet; {@code release}
     * runs on it when the query ends.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> builder, Consumer<T> release) {
        FutureTask<Object> task = new FutureTask<>(() -> {
            T built = builder.get();
            releases.put(key, () -> release.accept(built));
            return built;
        });
        FutureTask<Object> existing = builds.putIfAbsent(key, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return (T) existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a shared build", e);
        } catch (ExecutionException e) {
            // A failed build fails every job that wanted it; let the next query try again.
            builds.remove(key, existing);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Releases every structure (and the memory it reserved). */
    @Override
    public void close() {
        releases.values().forEach(Runnable::run);
        releases.clear();
        builds.clear();
    }
}
