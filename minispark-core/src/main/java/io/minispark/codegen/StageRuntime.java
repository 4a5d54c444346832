package io.minispark.codegen;

import io.minispark.exec.MemoryBudget;
import io.minispark.exec.TaskContext;
import io.minispark.exec.pipeline.BlockSkipping;
import io.minispark.exec.operator.JoinHashTable;
import io.minispark.exec.pipeline.JobInputs;
import io.minispark.exec.pipeline.JoinBuild;
import io.minispark.exec.pipeline.StageWriter;
import io.minispark.io.TableFormat;
import io.minispark.io.TableScans;
import io.minispark.physical.BroadcastReadExec;
import io.minispark.physical.HashJoinExec;
import io.minispark.physical.PhysicalPlan;
import io.minispark.physical.ScanExec;
import io.minispark.physical.ShuffleReadExec;
import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import io.minispark.vector.Batch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generated stage class uses while it runs one job: its producers' batches (by the index the
 * generator gave each producer), the stage writer, the batch size, the memory budget and the
 * cancellation flag. Called once per batch or per table growth, never per row.
 */
public final class StageRuntime {
    public static final byte[] EMPTY_BYTES = new byte[0];

    private final List<PhysicalPlan> producers;
    private final JobInputs inputs;
    private final TaskContext context;
    private final StageWriter writer;
    private final List<InputBatches> opened = new ArrayList<>();
    private final Map<PhysicalPlan, JoinBuild> builds = new IdentityHashMap<>();
    private long reservedBytes;
    private long rowsRead;
    private long bytesRead;

    StageRuntime(List<PhysicalPlan> producers, JobInputs inputs, TaskContext context, StageWriter writer) {
        this.producers = producers;
        this.inputs = inputs;
        this.context = context;
        this.writer = writer;
    }

    /**
     * Generated loops run row by row over whatever batch they get, so they read blocks whole, as
     * stored (or cached): slicing a block into batch-sized copies cost more than the loop itself.
     * (A CSV reader fills batches it allocates, so it keeps the batch size.)
     */
    private static final int WHOLE_BLOCKS = Integer.MAX_VALUE;

    /** Opens the batches of producer {@code index}. */
    public InputBatches input(int index) {
        InputBatches batches = switch (producers.get(index)) {
            case ScanExec scan -> new InputBatches(TableScans.open(scan.table(), inputs.split(),
                    scan.columns().stream().mapToInt(Integer::intValue).toArray(), BlockSkipping.predicate(scan),
                    scan.table().format() == TableFormat.NATIVE ? WHOLE_BLOCKS : context.batchSize()));
            case ShuffleReadExec read -> new InputBatches(inputs.blocks(read.stageId()), context.exchange(), WHOLE_BLOCKS);
            case BroadcastReadExec read -> new InputBatches(inputs.blocks(read.stageId()), context.exchange(), WHOLE_BLOCKS);
            default -> throw new IllegalStateException("not a producer: " + producers.get(index));
        };
        opened.add(batches);
        return batches;
    }

    /**
     * The finished hash table of the join the generator numbered {@code index}: its build side runs
     * now, before the probe loop starts (or, for a broadcast side, was built once for the query).
     */
    public JoinHashTable joinTable(int index) {
        HashJoinExec join = (HashJoinExec) producers.get(index);
        JoinBuild build = JoinBuild.run(join, inputs, context);
        builds.put(join, build);
        rowsRead += build.rowsRead();
        bytesRead += build.bytesRead();
        return build.table();
    }

    /** The build side of each join the job probed, by join node. */
    Map<PhysicalPlan, JoinBuild> builds() {
        return builds;
    }

    /** Closes a producer's batches once the generated loop has read them all. */
    public void done(InputBatches batches) {
        batches.close();
        rowsRead += batches.rowsRead();
        bytesRead += batches.bytesRead();
        opened.remove(batches);
    }

    public int batchSize() {
        return context.batchSize();
    }

    public void checkCancelled() {
        context.checkCancelled();
    }

    /** Hands a batch of output rows to the stage writer (which partitions it for a shuffle). */
    public void write(Batch batch) {
        if (batch.rowCount() > 0) {
            writer.push(batch);
        }
    }

    /** Accounts memory a hash table grows by against the query's budget (MEMORY_LIMIT when over it). */
    public void reserve(long bytes) {
        MemoryBudget budget = context.memory();
        budget.reserve(bytes);
        reservedBytes += bytes;
    }

    void finish() {
        writer.finish();
    }

    void close() {
        for (InputBatches batches : List.copyOf(opened)) {
            batches.close();
        }
        opened.clear();
        builds.values().forEach(JoinBuild::close);
        if (reservedBytes > 0) {
            context.memory().release(reservedBytes);
            reservedBytes = 0;
        }
    }

    long rowsRead() {
        return rowsRead;
    }

    /** Memory the job's hash tables held at the end (reservations only grow while a job runs). */
    long reservedBytes() {
        return reservedBytes;
    }

    long bytesRead() {
        return bytesRead;
    }

    /** A type rebuilt from its parts, for the type constants of generated classes. */
    public static DataType type(String kind, int precision, int scale) {
        return new DataType(TypeKind.valueOf(kind), precision, scale);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
