package io.minispark.codegen;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    private final ConcurrentHashMap<String, CompletableFuture<Class<? extends GeneratedStage>>> classes = new ConcurrentHashMap<>();
    private final AtomicLong compilations = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();

    /** A compiled class and how long it took to compile (0 for a cache hit). */
    public record Lookup(Class<? extends GeneratedStage> compiledClass, long compileNanos, boolean cacheHit) {
    }

    public static CompiledStageCache shared() {
        return SHARED;
    }

    public Lookup get(String className, String source) {
        CompletableFuture<Class<? extends GeneratedStage>> fresh = new CompletableFuture<>();
        CompletableFuture<Class<? extends GeneratedStage>> existing = classes.putIfAbsent(source, fresh);
        if (existing == null) {
            long start = System.nanoTime();
            try {
                Class<? extends GeneratedStage> compiled = JaninoCompiler.compile(className, source);
                fresh.complete(compiled);
                return new Lookup(compiled, System.nanoTime() - start, false);
            } catch (RuntimeException | Error e) {
                // A failed compilation is not cached: the next request tries again (and fails the same way).
                // Errors too (a compiler StackOverflowError), or every later request would wait forever.
                classes.remove(source, fresh);
                fresh.completeExceptionally(e);
                throw e;
            } finally {
                compilations.incrementAndGet();
            }
        }
        try {
            Class<? extends GeneratedStage> compiled = existing.join();
            hits.incrementAndGet();
            return new Lookup(compiled, 0, true);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** The class compiled from this source, counted as a hit, or null when it is not compiled (yet). */
    public Lookup getIfCompiled(String source) {
        CompletableFuture<Class<? extends GeneratedStage>> existing = classes.get(source);
        if (existing == null || !existing.isDone() || existing.isCompletedExceptionally()) {
            return null;
        }
        hits.incrementAndGet();
        return new Lookup(existing.join(), 0, true);
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
