package io.minispark.codegen;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The process-wide cache of compiled stage classes, keyed by the complete generated source (class name
 * included, which carries the stage id). Equal source means equal behaviour, so a repeated query (in
 * the shell, in benchmark runs, from another session) finds every stage already compiled. Concurrent
 * requests for the same source compile it once: the others wait for that compilation.
 */
public final class CompiledStageCache {
    private static final CompiledStageCache SHARED = new CompiledStageCache();

    private final ConcurrentHashMap<String, Entry> classes = new ConcurrentHashMap<>();
    private final AtomicLong compilations = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();

    /** A compiled class and how long it took to compile (0 for a cache hit). */
    public record Lookup(Class<? extends GeneratedStage> compiledClass, long compileNanos, boolean cacheHit) {
    }

    private static final class Entry {
        private Class<? extends GeneratedStage> compiled;
        private RuntimeException failure;
    }

    public static CompiledStageCache shared() {
        return SHARED;
    }

    public Lookup get(String className, String source) {
        Entry fresh = new Entry();
        Entry entry = classes.putIfAbsent(source, fresh);
        if (entry == null) {
            entry = fresh;
            synchronized (entry) {
                long start = System.nanoTime();
                try {
                    entry.compiled = JaninoCompiler.compile(className, source);
                } catch (RuntimeException e) {
                    entry.failure = e;
                }
                compilations.incrementAndGet();
                if (entry.failure != null) {
                    classes.remove(source, entry);
                    throw entry.failure;
                }
                return new Lookup(entry.compiled, System.nanoTime() - start, false);
            }
        }
        synchronized (entry) {
            if (entry.failure != null) {
                throw entry.failure;
            }
            hits.incrementAndGet();
            return new Lookup(entry.compiled, 0, true);
        }
    }

    /** How many classes were compiled since the process started. */
    public long compilations() {
        return compilations.get();
    }

    public long hits() {
        return hits.get();
    }

    public int size() {
        return classes.size();
    }

    public void clear() {
        classes.clear();
    }
}
