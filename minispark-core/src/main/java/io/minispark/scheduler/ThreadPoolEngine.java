package io.minispark.scheduler;

import io.minispark.codegen.CodegenMode;
import io.minispark.codegen.StageCompilation;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.physical.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the jobs of a stage in parallel on {@code threads} workers (by default one per core): the
 * thread that runs the query is one of them, the others are a fixed pool. Workers take the stage's jobs
 * in order from a shared cursor until none is left, so a worker that finishes early takes more. The
 * query's own thread starts at once, where a parked pool thread may take a while to wake (on a small
 * virtual machine, often a millisecond or more), and no thread sits idle waiting for the others. Each
 * worker has its own output folder. When a job fails, the query is cancelled and the engine waits for
 * the other jobs to stop before reporting the first error, so no worker is still writing when the
 * driver removes the query's files.
 */
public final class ThreadPoolEngine implements ExecutionEngine {
    private static final ThreadLocal<Integer> WORKER_ID = new ThreadLocal<>();

    private final int threads;
    private final ExecutorService pool;

    private final CodegenMode codegen;

    public ThreadPoolEngine(int threads) {
        this(threads, CodegenMode.AUTO);
    }

    /** {@code threads} workers; by default (AUTO) they run compiled stages. */
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
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, factory) : null;
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
        Stint stint = new Stint(stage, jobs, query, compilation);
        List<Future<?>> helpers = new ArrayList<>();
        for (int i = 0; i < Math.min(threads - 1, jobs.size() - 1); i++) {
            helpers.add(pool.submit(() -> stint.work(WORKER_ID.get())));
        }
        // The query's thread is the last worker (pool threads are 0 .. threads - 2).
        stint.work(threads - 1);
        for (Future<?> helper : helpers) {
            try {
                helper.get();
            } catch (ExecutionException e) {
                stint.fail(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stint.fail(new MinisparkException(ErrorCode.CANCELLED, "query interrupted"));
            }
        }
        return stint.results();
    }

    /** One stage's jobs being worked through: the cursor, the results so far, the first failure. */
    private static final class Stint {
        private final Stage stage;
        private final List<Job> jobs;
        private final QueryContext query;
        private final StageCompilation compilation;
        private final AtomicInteger next = new AtomicInteger();
        private final JobResult[] results;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Stint(Stage stage, List<Job> jobs, QueryContext query, StageCompilation compilation) {
            this.stage = stage;
            this.jobs = jobs;
            this.query = query;
            this.compilation = compilation;
            this.results = new JobResult[jobs.size()];
        }

        /** Runs jobs as worker {@code workerId} until none is left or one failed. */
        void work(int workerId) {
            for (int i = next.getAndIncrement(); i < jobs.size() && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    query.taskContext(workerId).checkCancelled();
                    results[i] = JobExecution.run(stage, jobs.get(i), query, workerId, compilation);
                } catch (RuntimeException | Error e) {
                    fail(e);
                }
            }
        }

        void fail(Throwable cause) {
            if (failure.compareAndSet(null, cause)) {
                query.cancelled().set(true);
            }
        }

        List<JobResult> results() {
            Throwable cause = failure.get();
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause != null) {
                throw new MinisparkException(ErrorCode.INTERNAL, "job failed: " + cause, cause);
            }
            return Arrays.asList(results);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
