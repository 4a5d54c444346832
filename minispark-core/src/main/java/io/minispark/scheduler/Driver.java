package io.minispark.scheduler;

import io.minispark.codegen.StageCompilation;
import io.minispark.codegen.StageCompiler;
import io.minispark.errors.ErrorCode;
import io.minispark.exchange.ShuffleBlock;
import io.minispark.errors.MinisparkException;
import io.minispark.physical.LimitExec;
import io.minispark.physical.Partitioning;
import io.minispark.physical.ShuffleReadExec;
import io.minispark.physical.Stage;
import io.minispark.physical.StageOutput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Coordinates a query: for each stage in order, creates its jobs from the blocks the earlier stages
 * wrote, has the engine run them, and collects where their output went. A stage's memory blocks are
 * dropped once every stage reading them has run. Returns the final stage's runs, whose blocks hold the
 * result, in job order, for streaming to the caller.
 */
public final class Driver {
    private final ExecutionEngine engine;
    private final int blocksPerSplit;

    public Driver(ExecutionEngine engine, int blocksPerSplit) {
        this.engine = engine;
        this.blocksPerSplit = blocksPerSplit;
    }

    /** Runs every stage; the last one's runs hold the result blocks. */
    public List<StageRun> run(List<Stage> stages, QueryContext query, StageListener listener) {
        Map<Integer, CompletableFuture<Prepared>> compilations = compileAhead(stages);
        try {
            return run(stages, query, listener, compilations);
        } finally {
            compilations.values().forEach(future -> future.cancel(false));
        }
    }

    private List<StageRun> run(List<Stage> stages, QueryContext query, StageListener listener,
                               Map<Integer, CompletableFuture<Prepared>> compilations) {
        Map<Integer, Map<Integer, List<ShuffleBlock>>> outputs = new HashMap<>();
        Map<Integer, Integer> partitionCounts = new HashMap<>();
        List<StageRun> runs = new ArrayList<>();
        listener.queryStarted(stages);
        for (Stage stage : stages) {
            if (query.cancelled().get()) {
                throw new MinisparkException(ErrorCode.CANCELLED, "query cancelled");
            }
            int partitions = inputPartitions(stage, partitionCounts);
            List<Job> jobs = JobPlanner.jobs(stage, outputs, partitions, blocksPerSplit, engine.parallelism());
            listener.stageStarted(stage, jobs);
            long start = System.nanoTime();
            StageCompilation compilation = awaitCompilation(compilations.get(stage.id()), listener);
            long wanted = rowsWanted(stage);
            List<JobResult> results = wanted >= 0 ? runUntil(stage, jobs, query, wanted, compilation)
                    : engine.run(stage, jobs, query, compilation);
            StageRun run = new StageRun(stage, results, start, System.nanoTime());
            runs.add(run);
            listener.stageFinished(run);
            Map<Integer, List<ShuffleBlock>> byPartition = new TreeMap<>();
            for (JobResult result : results) {
                result.output().blocks().forEach((partition, block) ->
                        byPartition.computeIfAbsent(partition, p -> new ArrayList<>()).add(block));
            }
            outputs.put(stage.id(), byPartition);
            dropConsumedInputs(stages, runs.size(), outputs, query);
            if (stage.output() instanceof StageOutput.Shuffle shuffle) {
                partitionCounts.put(stage.id(), shuffle.partitioning().partitionCount());
            }
        }
        return runs;
    }

    /**
     * Frees the memory blocks of every input of the stage just run whose readers have all run: stages
     * run in order, so an input is consumed once no later stage reads it.
     */
    private static void dropConsumedInputs(List<Stage> stages, int finished, Map<Integer, Map<Integer, List<ShuffleBlock>>> outputs,
                                           QueryContext query) {
        if (query.exchange() == null) {
            return;
        }
        for (int input : stages.get(finished - 1).inputStages()) {
            boolean readLater = stages.subList(finished, stages.size()).stream().anyMatch(s -> s.inputStages().contains(input));
            if (!readLater) {
                outputs.getOrDefault(input, Map.of()).values().forEach(blocks -> blocks.forEach(query.exchange()::drop));
            }
        }
    }

    /** A stage's compilation and when it was generated and compiled (or found in the cache). */
    private record Prepared(StageCompilation compilation, long startNanos, long endNanos) {
    }

    /**
     * Prepares every stage's class, when the engine runs compiled stages; every job of a stage, on any
     * engine, runs that one class. The driver generates every stage's source first and takes the
     * classes already in the cache (a repeated query: nothing is left to do, and no thread competes
     * with the workers while they run); the rest are compiled in stage order on one compiler thread
     * of the query (a virtual thread), so later stages compile while earlier ones run and only the
     * first stage still to compile waits; queries of other sessions never queue behind it. A stage's
     * compile span and time cover its compilation only, not generating its source. Empty when stages
     * run interpreted.
     */
    private Map<Integer, CompletableFuture<Prepared>> compileAhead(List<Stage> stages) {
        Map<Integer, CompletableFuture<Prepared>> compilations = new HashMap<>();
        if (!engine.compilesStages()) {
            return compilations;
        }
        List<StageCompiler.Generated> toCompile = new ArrayList<>();
        for (Stage stage : stages) {
            CompletableFuture<Prepared> future = new CompletableFuture<>();
            compilations.put(stage.id(), future);
            long start = System.nanoTime();
            StageCompiler.Generated generated;
            try {
                generated = StageCompiler.generate(stage);
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
                continue;
            }
            if (generated.ready() != null) {
                future.complete(new Prepared(generated.ready(), start, System.nanoTime()));
            } else {
                toCompile.add(generated);
            }
        }
        if (toCompile.isEmpty()) {
            return compilations;
        }
        Thread.ofVirtual().name("minispark-stage-compiler").start(() -> {
            for (StageCompiler.Generated generated : toCompile) {
                CompletableFuture<Prepared> future = compilations.get(generated.stage().id());
                if (future.isDone()) {
                    continue; // the query ended (cancelled) before this stage
                }
                long start = System.nanoTime();
                try {
                    future.complete(new Prepared(generated.compile(), start, System.nanoTime()));
                } catch (RuntimeException | Error e) {
                    future.completeExceptionally(e);
                }
            }
        });
        return compilations;
    }

    /** The stage's compilation once ready (null when it runs interpreted), told to the listener on this thread. */
    private static StageCompilation awaitCompilation(CompletableFuture<Prepared> future, StageListener listener) {
        if (future == null) {
            return null;
        }
        try {
            Prepared prepared = future.get();
            listener.stageCompiled(prepared.compilation(), prepared.startNanos(), prepared.endNanos());
            return prepared.compilation();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new MinisparkException(ErrorCode.INTERNAL, "stage compilation failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MinisparkException(ErrorCode.CANCELLED, "query interrupted");
        }
    }

    /**
     * How many rows a stage must produce in all, when it ends in a LIMIT whose rows all meet in one
     * partition: then any rows will do, and the remaining jobs need not run once enough were written.
     * -1 when every job must run.
     */
    private static long rowsWanted(Stage stage) {
        if (stage.root() instanceof LimitExec limit && limit.limit() >= 0
                && stage.output() instanceof StageOutput.Shuffle shuffle && shuffle.partitioning() instanceof Partitioning.Single) {
            return limit.limit() + limit.offset();
        }
        return -1;
    }

    /** Runs jobs in growing waves (as Spark's take does) until they have written {@code wanted} rows. */
    private List<JobResult> runUntil(Stage stage, List<Job> jobs, QueryContext query, long wanted,
                                     StageCompilation compilation) {
        List<JobResult> results = new ArrayList<>();
        long written = 0;
        int next = 0;
        int wave = engine.parallelism();
        while (next < jobs.size() && written < wanted) {
            List<Job> batch = jobs.subList(next, Math.min(jobs.size(), next + wave));
            for (JobResult result : engine.run(stage, batch, query, compilation)) {
                results.add(result);
                written += result.output().rowsWritten();
            }
            next += batch.size();
            wave *= 4;
        }
        return results;
    }

    private static int inputPartitions(Stage stage, Map<Integer, Integer> partitionCounts) {
        int partitions = 1;
        for (int input : stage.inputStages()) {
            if (isShuffleRead(stage, input)) {
                partitions = partitionCounts.getOrDefault(input, 1);
            }
        }
        return partitions;
    }

    private static boolean isShuffleRead(Stage stage, int input) {
        return contains(stage.root(), input);
    }

    private static boolean contains(io.minispark.physical.PhysicalPlan node, int stageId) {
        if (node instanceof ShuffleReadExec read && read.stageId() == stageId) {
            return true;
        }
        return node.children().stream().anyMatch(c -> contains(c, stageId));
    }

    /**
     * Callbacks for progress display and tracing. Stage callbacks come on the driver's thread; job
     * callbacks come on the worker threads (see {@link JobListener}), so they must be thread-safe.
     */
    public interface StageListener extends JobListener {
        StageListener NONE = new StageListener() {
        };

        /** Both listeners, first {@code a} then {@code b}. */
        static StageListener both(StageListener a, StageListener b) {
            return new StageListener() {
                @Override
                public void queryStarted(List<Stage> stages) {
                    a.queryStarted(stages);
                    b.queryStarted(stages);
                }

                @Override
                public void stageStarted(Stage stage, List<Job> jobs) {
                    a.stageStarted(stage, jobs);
                    b.stageStarted(stage, jobs);
                }

                @Override
                public void stageCompiled(StageCompilation compilation, long startNanos, long endNanos) {
                    a.stageCompiled(compilation, startNanos, endNanos);
                    b.stageCompiled(compilation, startNanos, endNanos);
                }

                @Override
                public void jobFinished(JobResult result) {
                    a.jobFinished(result);
                    b.jobFinished(result);
                }

                @Override
                public void stageFinished(StageRun run) {
                    a.stageFinished(run);
                    b.stageFinished(run);
                }
            };
        }

        /** Before the first stage starts: every stage the query will run. */
        default void queryStarted(List<Stage> stages) {
        }

        @Override
        default void jobFinished(JobResult result) {
        }

        default void stageStarted(Stage stage, List<Job> jobs) {
        }

        /** After the stage started, before its jobs: how it will run, and how long deciding (compiling) took. */
        default void stageCompiled(StageCompilation compilation, long startNanos, long endNanos) {
        }

        default void stageFinished(StageRun run) {
        }
    }
}
