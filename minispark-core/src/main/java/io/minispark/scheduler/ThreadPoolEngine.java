package io.minispark.scheduler;

import io.minispark.codegen.CodegenMode;
import io.minispark.codegen.StageCompilation;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.physical.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the jobs of a stage in parallel on a fixed pool of worker threads (by default one per core).
 * Each thread is one worker with its own output folder. When a job fails, the query is cancelled and
 * the engine waits for the other jobs to stop before reporting the first error, so no worker is still
 * writing when the driver removes the query's files.
 */
public final class ThreadPoolEngine implements ExecutionEngine {
    private static final ThreadLocal<Integer> WORKER_ID = new ThreadLocal<>();

    private final int threads;
    private final ExecutorService pool;

    private final CodegenMode codegen;

    public ThreadPoolEngine(int threads) {
        this(threads, CodegenMode.AUTO);
    }

    /** A pool of {@code threads} workers; by default (AUTO) it runs compiled stages. */
    public ThreadPoolEngine(int threads, CodegenMode codegen) {
        this.codegen = codegen;
        if (threads < 1) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "the thread engine needs at least one thread, got " + threads);
        }
        this.threads = threads;
        AtomicInteger next = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            int id = next.getAndIncrement();
            Thread thread = new Thread(() -> {
                WORKER_ID.set(id);
                runnable.run();
            }, "minispark-worker-" + id);
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public String name() {
        return "threads";
    }

    @Override
    public CodegenMode codegen() {
        return codegen;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public List<JobResult> run(Stage stage, List<Job> jobs, QueryContext query, StageCompilation compilation) {
        List<Future<JobResult>> futures = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            futures.add(pool.submit(() -> {
                query.taskContext(0).checkCancelled();
                return JobExecution.run(stage, job, query, WORKER_ID.get(), compilation);
            }));
        }
        List<JobResult> results = new ArrayList<>(jobs.size());
        RuntimeException failure = null;
        for (Future<JobResult> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = unwrap(e.getCause());
                    query.cancelled().set(true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                query.cancelled().set(true);
                if (failure == null) {
                    failure = new MinisparkException(ErrorCode.CANCELLED, "query interrupted");
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new MinisparkException(ErrorCode.INTERNAL, "job failed: " + cause, cause);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
