package io.minispark.exec.operator;

import io.minispark.exec.expr.VectorExpression;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.util.List;

/**
 * What both join operators share once they have found candidate (probe row, build row) pairs: it
 * collects pairs in chunks of at most one output batch, applies the residual predicate to each
 * chunk, records which probe and build rows found a real match, and emits the output of the join
 * type: matched pairs, NULL-extended unmatched rows, or the left rows of a semi or anti join. Output
 * columns are always the left side's, then the right side's.
 */
final class JoinPairSink {
    private final PhysicalJoinType joinType;
    private final boolean buildIsLeft;
    private final VectorExpression residual;
    private final List<DataType> probeTypes;
    private final Batch build;
    private final OutputEmitter output;
    private final int batchSize;
    private final int[] probePositions;
    private final int[] buildPositions;
    private final int[] passing;
    /** Per build row: whether it found a match; null when the join type does not need to know. */
    private final boolean[] buildMatched;
    private Batch probe;
    private boolean[] probeMatched = new boolean[0];
    private int pairCount;

    JoinPairSink(PhysicalJoinType joinType, boolean buildIsLeft, VectorExpression residual, List<DataType> probeTypes,
            Batch build, OutputEmitter output, int batchSize) {
        this.joinType = joinType;
        this.buildIsLeft = buildIsLeft;
        this.residual = residual;
        this.probeTypes = List.copyOf(probeTypes);
        this.build = build;
        this.output = output;
        this.batchSize = batchSize;
        this.probePositions = new int[batchSize];
        this.buildPositions = new int[batchSize];
        this.passing = new int[batchSize];
        boolean needsBuildFlags = buildIsLeft ? !joinType.outputsPairs() || joinType.keepsUnmatchedLeft()
                : joinType.keepsUnmatchedRight();
        this.buildMatched = needsBuildFlags ? new boolean[build.rowCount()] : null;
    }

    /**
     * Whether a probe row can stop looking for candidates after its first one: true for semi and anti
     * joins probing with the left side and no residual, where one match decides the row.
     */
    boolean firstCandidateDecides() {
        return !joinType.outputsPairs() && !buildIsLeft && residual == null;
    }

    void startProbeBatch(Batch probeBatch) {
        probe = probeBatch;
        int rows = probeBatch.rowCount();
        if (probeMatched.length < rows) {
            probeMatched = new boolean[rows];
        } else {
            java.util.Arrays.fill(probeMatched, 0, rows, false);
        }
    }

    void addPair(int probeRow, int buildRow) {
        probePositions[pairCount] = probeRow;
        buildPositions[pairCount] = buildRow;
        if (++pairCount == batchSize) {
            flushPairs();
        }
    }

    /** Ends the current probe batch: flushes pairs and emits the probe rows its join type keeps. */
    void endProbeBatch() {
        flushPairs();
        int rows = probe.rowCount();
        boolean probeIsLeft = !buildIsLeft;
        if (probeIsLeft && joinType == PhysicalJoinType.LEFT_SEMI) {
            emitProbeRows(true, rows);
        } else if (probeIsLeft ? joinType.keepsUnmatchedLeft() : joinType.keepsUnmatchedRight()) {
            emitProbeRows(false, rows);
        }
        probe = null;
    }

    /** After all probe input: emits the build rows the join type keeps (unmatched, or semi-matched). */
    void finishBuildSide() {
        if (buildMatched == null) {
            return;
        }
        boolean wanted = buildIsLeft && joinType == PhysicalJoinType.LEFT_SEMI;
        int[] positions = new int[batchSize];
        int count = 0;
        for (int row = 0; row < buildMatched.length; row++) {
            if (buildMatched[row] == wanted) {
                positions[count++] = row;
                if (count == batchSize) {
                    emitBuildRows(positions, count);
                    count = 0;
                }
            }
        }
        emitBuildRows(positions, count);
    }

    private void flushPairs() {
        if (pairCount == 0) {
            return;
        }
        int count = pairCount;
        pairCount = 0;
        boolean pairsNeeded = joinType.outputsPairs() || residual != null;
        Batch joined = null;
        int[] selected = null;
        int selectedCount = count;
        if (pairsNeeded) {
            Batch probeSide = probe.gather(probePositions, count);
            Batch buildSide = build.gather(buildPositions, count);
            joined = buildIsLeft ? buildSide.concatColumns(probeSide) : probeSide.concatColumns(buildSide);
            if (residual != null) {
                selectedCount = TruePositions.find(residual.evaluate(joined), passing);
                selected = passing;
            }
        }
        for (int i = 0; i < selectedCount; i++) {
            int pair = selected == null ? i : selected[i];
            probeMatched[probePositions[pair]] = true;
            if (buildMatched != null) {
                buildMatched[buildPositions[pair]] = true;
            }
        }
        if (joinType.outputsPairs() && selectedCount > 0) {
            output.emit(selected == null ? joined : joined.gather(selected, selectedCount));
        }
    }

    private void emitProbeRows(boolean matched, int rows) {
        int[] positions = new int[Math.min(rows, batchSize)];
        int count = 0;
        for (int row = 0; row < rows; row++) {
            if (probeMatched[row] == matched) {
                positions[count++] = row;
                if (count == positions.length) {
                    emitWithNullBuildSide(probe.gather(positions, count));
                    count = 0;
                }
            }
        }
        if (count > 0) {
            emitWithNullBuildSide(probe.gather(positions, count));
        }
    }

    private void emitWithNullBuildSide(Batch probeRows) {
        if (!joinType.outputsPairs()) {
            output.emit(probeRows);
            return;
        }
        Batch nulls = allNulls(build, probeRows.rowCount());
        output.emit(buildIsLeft ? nulls.concatColumns(probeRows) : probeRows.concatColumns(nulls));
    }

    private void emitBuildRows(int[] positions, int count) {
        if (count == 0) {
            return;
        }
        Batch buildRows = build.gather(positions, count);
        if (!joinType.outputsPairs()) {
            output.emit(buildRows);
            return;
        }
        Vector[] nullColumns = new Vector[probeTypes.size()];
        for (int c = 0; c < nullColumns.length; c++) {
            nullColumns[c] = Vector.nulls(probeTypes.get(c), count);
        }
        Batch nulls = new Batch(nullColumns, count);
        output.emit(buildIsLeft ? buildRows.concatColumns(nulls) : nulls.concatColumns(buildRows));
    }

    private static Batch allNulls(Batch shape, int rows) {
        Vector[] columns = new Vector[shape.columnCount()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = Vector.nulls(shape.column(c).type(), rows);
        }
        return new Batch(columns, rows);
    }
}
