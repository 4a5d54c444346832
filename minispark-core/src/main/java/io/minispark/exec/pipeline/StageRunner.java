package io.minispark.exec.pipeline;

import io.minispark.exec.OperatorStats;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.ExpressionCompiler;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.logical.Attribute;
import io.minispark.physical.Partitioning;
import io.minispark.physical.Stage;
import io.minispark.physical.StageOutput;
import io.minispark.types.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one job of a stage with interpreted operators: builds the producer → consumers → writer
 * pipeline for the job's inputs, runs it, and reports the blocks it wrote.
 */
public final class StageRunner {
    private StageRunner() {
    }

    /**
     * The writer at the end of a job of {@code stage}: hash partitions for a hash shuffle, one partition
     * otherwise. Compiled and interpreted jobs both write through it, so both sides of a shuffle join
     * always agree on the partitioning.
     */
    public static StageWriter writerFor(Stage stage, int jobIndex, TaskContext context) {
        List<Attribute> output = stage.root().output();
        // Shuffle and result files promise no NOT NULL: their readers check rows for NULL, and a
        // nullability the planner got wrong must not fail a query that would otherwise answer.
        Schema schema = new Schema(output.stream().map(Attribute::toField).toList()).allNullable();
        List<VectorExpression> keys = List.of();
        int partitions = 1;
        if (stage.output() instanceof StageOutput.Shuffle shuffle && shuffle.partitioning() instanceof Partitioning.Hash hash) {
            keys = hash.keys().stream().map(k -> ExpressionCompiler.compile(k, output)).toList();
            partitions = hash.partitionCount();
        }
        return new StageWriter(keys, partitions, context, "stage" + stage.id() + "-job" + jobIndex, schema);
    }

    public static JobOutput run(Stage stage, int jobIndex, JobInputs inputs, TaskContext context) {
        StageWriter writer = writerFor(stage, jobIndex, context);
        PipelineBuilder builder = new PipelineBuilder(inputs, context);
        try {
            builder.build(stage.root(), writer).run();
            List<OperatorStats> operators = new ArrayList<>(builder.operatorStats(stage.root()));
            operators.add(OperatorStats.of(OperatorStats.WRITER, writer.metrics()));
            return new JobOutput(writer.blocks(), builder.rowsRead(), builder.bytesRead(), writer.rowsWritten(),
                    writer.bytesWritten(), operators);
        } finally {
            builder.closeAll();
            writer.close();
        }
    }
}
