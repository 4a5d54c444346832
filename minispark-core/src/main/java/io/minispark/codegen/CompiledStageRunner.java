package io.minispark.codegen;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.ExpressionCompiler;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.exec.pipeline.JobInputs;
import io.minispark.exec.pipeline.JobOutput;
import io.minispark.exec.pipeline.StageWriter;
import io.minispark.logical.Attribute;
import io.minispark.physical.Partitioning;
import io.minispark.physical.Stage;
import io.minispark.physical.StageOutput;
import io.minispark.types.Schema;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.util.List;

/**
 * Runs one job of a compiled stage: a fresh instance of the generated class reads the job's inputs
 * and hands its output batches to the same {@link StageWriter} the interpreted pipeline uses, so
 * shuffle partitioning (and the hash both join sides rely on) stays exactly the interpreter's.
 */
public final class CompiledStageRunner {
    private CompiledStageRunner() {
    }

    public static JobOutput run(Stage stage, StageCompilation compilation, int jobIndex, JobInputs inputs,
                                TaskContext context) {
        try {
            Files.createDirectories(context.workerDir());
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot create worker folder " + context.workerDir() + ": " + e.getMessage(), e);
        }
        List<Attribute> output = stage.root().output();
        Schema schema = new Schema(output.stream().map(Attribute::toField).toList());
        List<VectorExpression> keys = List.of();
        int partitions = 1;
        if (stage.output() instanceof StageOutput.Shuffle shuffle && shuffle.partitioning() instanceof Partitioning.Hash hash) {
            keys = hash.keys().stream().map(k -> ExpressionCompiler.compile(k, output)).toList();
            partitions = hash.partitionCount();
        }
        StageWriter writer = new StageWriter(keys, partitions, context, "stage" + stage.id() + "-job" + jobIndex, schema);
        StageRuntime runtime = new StageRuntime(compilation.producers(), inputs, context, writer);
        try {
            GeneratedStage job = compilation.compiledClass().getDeclaredConstructor().newInstance();
            job.run(runtime);
            return new JobOutput(writer.files(), runtime.rowsRead(), runtime.bytesRead(), writer.rowsWritten(),
                    writer.bytesWritten());
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException | InvocationTargetException e) {
            throw new MinisparkException(ErrorCode.INTERNAL, "cannot instantiate " + compilation.className() + ": " + e, e);
        } finally {
            runtime.close();
            writer.close();
        }
    }
}
