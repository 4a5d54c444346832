package io.minispark.api;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.DataDirectory;
import io.minispark.io.TableRef;
import io.minispark.logical.Attribute;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Scan;
import io.minispark.logical.SubqueryAlias;
import io.minispark.scheduler.ExecutionEngine;
import io.minispark.scheduler.QueryContext;
import io.minispark.scheduler.SequentialEngine;
import io.minispark.scheduler.ThreadPoolEngine;
import io.minispark.sql.StatementResult;
import io.minispark.sql.Statements;
import io.minispark.trace.TraceFile;
import io.minispark.trace.TraceRecorder;
import io.minispark.types.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The entry point: opens tables and files as {@link DataFrame}s, keeps temporary views, and owns the
 * execution engine that runs queries. Create one with {@link #builder()}; close it to stop its
 * worker threads.
 */
public final class Session implements AutoCloseable {
    private SessionConfig config;
    private final DataDirectory dataDirectory;
    private final Map<String, LogicalPlan> views = new LinkedHashMap<>();
    private final Set<QueryContext> running = new CopyOnWriteArraySet<>();
    private ExecutionEngine engine;
    private volatile TraceFile traceFile;

    private Session(SessionConfig config) {
        this.config = config;
        this.dataDirectory = new DataDirectory(config.dataDir());
    }

    public static Builder builder() {
        return new Builder();
    }

    public SessionConfig config() {
        return config;
    }

    /** A table of the data directory, a registered view, or a table file by path. */
    public DataFrame table(String nameOrPath) {
        LogicalPlan view = views.get(nameOrPath.toLowerCase(Locale.ROOT));
        if (view != null) {
            return new DataFrame(this, new SubqueryAlias(nameOrPath, view));
        }
        return new DataFrame(this, scan(dataDirectory.resolve(nameOrPath)));
    }

    static LogicalPlan scan(TableRef table) {
        List<Integer> columns = new ArrayList<>();
        List<Attribute> output = new ArrayList<>();
        String qualifier = qualifierOf(table.name());
        for (int i = 0; i < table.schema().size(); i++) {
            Field f = table.schema().field(i);
            columns.add(i);
            output.add(Attribute.create(qualifier, f.name(), f.type(), f.nullable()));
        }
        return new Scan(table, columns, output, List.of());
    }

    private static String qualifierOf(String tableName) {
        String name = Path.of(tableName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Runs a SQL query: {@code session.sql("SELECT country, COUNT(*) FROM users GROUP BY country").show()}. */
    public DataFrame sql(String query) {
        return new DataFrame(this, Statements.query(this, query));
    }

    /**
     * Runs any SQL statement (SELECT, EXPLAIN, CREATE VIEW, CREATE TABLE AS, SHOW TABLES, DESCRIBE);
     * a query's rows are computed when the result's rows are asked for.
     */
    public StatementResult execute(String statement) {
        return Statements.execute(this, statement);
    }

    /** A DataFrame over an already analysed plan (what a front end such as SQL builds with the Analyzer). */
    public DataFrame dataFrame(LogicalPlan analyzed) {
        return new DataFrame(this, analyzed);
    }

    public boolean hasTempView(String name) {
        return views.containsKey(name.toLowerCase(Locale.ROOT));
    }

    public DataFrameReader read() {
        return new DataFrameReader(this);
    }

    /** Registers a DataFrame under a name usable in {@link #table} (and, later, SQL). */
    public void createOrReplaceTempView(String name, DataFrame df) {
        views.put(name.toLowerCase(Locale.ROOT), df.logicalPlan());
    }

    public boolean dropTempView(String name) {
        return views.remove(name.toLowerCase(Locale.ROOT)) != null;
    }

    /** Names of the data directory's tables and of the registered views, sorted. */
    public List<String> listTables() {
        Set<String> names = new TreeSet<>(dataDirectory.listTables());
        names.addAll(views.keySet());
        return new ArrayList<>(names);
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    /** The engine, started on first use. */
    public synchronized ExecutionEngine engine() {
        if (engine == null) {
            engine = switch (config.engine()) {
                case SEQUENTIAL -> new SequentialEngine(config.codegen());
                case THREADS -> new ThreadPoolEngine(config.threads(), config.codegen());
            };
        }
        return engine;
    }

    /** Switches the engine that runs this session's next queries; views and settings stay. */
    public synchronized void useEngine(EngineKind kind) {
        if (engine != null) {
            engine.close();
            engine = null;
        }
        config = config.withEngine(kind);
    }

    /** Turns stage code generation on or off (AUTO: the engine's default) for this session's next queries. */
    public synchronized void useCodegen(io.minispark.codegen.CodegenMode mode) {
        if (engine != null) {
            engine.close();
            engine = null;
        }
        config = config.withCodegen(mode);
    }

    void trackRunning(QueryContext context) {
        running.add(context);
    }

    void untrackRunning(QueryContext context) {
        running.remove(context);
    }

    /**
     * Starts recording every following query (phases, stages, jobs) into a Chrome trace file, written
     * by {@link #writeTrace()}, {@link #stopTrace()} and {@link #close()}. A trace already being
     * recorded is written and stopped first.
     */
    public synchronized void startTrace(Path file) {
        stopTrace();
        traceFile = new TraceFile(file, TraceRecorder.create("minispark driver"));
    }

    /** Writes the trace and stops recording; returns the file written, or null when not tracing. */
    public synchronized Path stopTrace() {
        TraceFile current = traceFile;
        if (current == null) {
            return null;
        }
        traceFile = null;
        current.write();
        return current.path();
    }

    /** Writes what was recorded so far (the file is complete JSON after each write); nothing when not tracing. */
    public void writeTrace() {
        TraceFile current = traceFile;
        if (current != null) {
            current.write();
        }
    }

    /** The trace being recorded into, or null. */
    public TraceFile traceFile() {
        return traceFile;
    }

    /** Where this session's queries record spans: {@link TraceRecorder#off()} unless tracing. */
    public TraceRecorder trace() {
        TraceFile current = traceFile;
        return current == null ? TraceRecorder.off() : current.recorder();
    }

    /** Asks every running query of this session to stop (Ctrl-C in the shell). */
    public void cancelAll() {
        running.forEach(c -> c.cancelled().set(true));
    }

    @Override
    public synchronized void close() {
        try {
            stopTrace();
        } finally {
            if (engine != null) {
                engine.close();
                engine = null;
            }
        }
    }

    /** Builds a {@link Session}; every setting has a sensible default (see {@link SessionConfig#defaults()}). */
    public static final class Builder {
        private final SessionConfig defaults = SessionConfig.defaults();
        private Path dataDir = defaults.dataDir();
        private EngineKind engine = defaults.engine();
        private int threads = defaults.threads();
        private int shufflePartitions = defaults.shufflePartitions();
        private int batchSize = defaults.batchSize();
        private int blocksPerSplit = defaults.blocksPerSplit();
        private boolean broadcastJoins = defaults.broadcastJoins();
        private long broadcastThresholdBytes = defaults.broadcastThresholdBytes();
        private Path tempDir = defaults.tempDir();
        private long memoryLimitBytes = defaults.memoryLimitBytes();
        private long exchangeMemoryBytes = defaults.exchangeMemoryBytes();
        private final Set<String> disabledRules = new HashSet<>();
        private Path traceFile;
        private io.minispark.codegen.CodegenMode codegen = defaults.codegen();

        /** Whether stages run as generated, compiled classes: AUTO (default: on the thread engine), ON or OFF. */
        public Builder codegen(io.minispark.codegen.CodegenMode mode) {
            this.codegen = mode;
            return this;
        }

        public Builder codegen(String mode) {
            return codegen(io.minispark.codegen.CodegenMode.parse(mode));
        }

        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        public Builder dataDir(String dir) {
            return dataDir(Path.of(dir));
        }

        public Builder engine(EngineKind kind) {
            this.engine = kind;
            return this;
        }

        public Builder engine(String name) {
            return engine(EngineKind.parse(name));
        }

        public Builder threads(int count) {
            this.threads = positive(count, "threads");
            return this;
        }

        public Builder shufflePartitions(int partitions) {
            this.shufflePartitions = positive(partitions, "shuffle partitions");
            return this;
        }

        public Builder batchSize(int rows) {
            this.batchSize = positive(rows, "batch size");
            return this;
        }

        public Builder blocksPerSplit(int blocks) {
            if (blocks < 0) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "blocks per split must not be negative, got " + blocks);
            }
            this.blocksPerSplit = blocks;
            return this;
        }

        /** Whether a small join side may be broadcast instead of shuffling both sides (on by default). */
        public Builder broadcastJoins(boolean enabled) {
            this.broadcastJoins = enabled;
            return this;
        }

        public Builder broadcastThreshold(long bytes) {
            this.broadcastThresholdBytes = bytes;
            return this;
        }

        public Builder tempDir(Path dir) {
            this.tempDir = dir;
            return this;
        }

        public Builder memoryLimit(long bytes) {
            this.memoryLimitBytes = bytes;
            return this;
        }

        /**
         * How much of a query's stage output may stay in memory instead of going to shuffle and result
         * files (default: a quarter of the heap); 0 writes every output to files in per-worker folders.
         */
        public Builder exchangeMemory(long bytes) {
            if (bytes < 0) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "exchange memory must not be negative, got " + bytes);
            }
            this.exchangeMemoryBytes = bytes;
            return this;
        }

        /** Records every query of the session into this Chrome trace file (written when the session closes). */
        public Builder traceFile(Path file) {
            this.traceFile = file;
            return this;
        }

        /** Turns off one optimizer rule by its class name (for tests and experiments). */
        public Builder disableRule(String ruleName) {
            disabledRules.add(ruleName);
            return this;
        }

        public Session build() {
            Session session = new Session(new SessionConfig(dataDir, engine, threads, shufflePartitions, batchSize, blocksPerSplit,
                    broadcastJoins, broadcastThresholdBytes, tempDir, memoryLimitBytes, exchangeMemoryBytes, disabledRules, codegen));
            if (traceFile != null) {
                session.startTrace(traceFile);
            }
            return session;
        }

        private static int positive(int value, String what) {
            if (value < 1) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, what + " must be at least 1, got " + value);
            }
            return value;
        }
    }
}
