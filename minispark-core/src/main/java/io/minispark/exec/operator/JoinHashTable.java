package io.minispark.exec.operator;

import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.util.Arrays;
import java.util.List;

/**
 * The hash table of a hash join, built from the build side's rows: the sink the build pipeline ends
 * in. When finished it indexes every row whose key has no NULL (NULL keys never match) in a chained
 * table: {@code heads} maps a slot to the first row, {@code nextRow} links rows of one slot in row
 * order. The rows stay columnar in one concatenated batch.
 */
public final class JoinHashTable implements Operator {
    private static final int NONE = -1;

    private final VectorExpression[] keyExpressions;
    private final BuildSide buildSide;
    private Vector[] keys;
    private int[] hashes;
    private int[] heads;
    private int[] nextRow;
    private int mask;

    public JoinHashTable(List<VectorExpression> keys, List<DataType> buildTypes, TaskContext context) {
        this.keyExpressions = keys.toArray(VectorExpression[]::new);
        this.buildSide = new BuildSide(buildTypes, context);
    }

    @Override
    public void push(Batch batch) {
        buildSide.push(batch);
    }

    /** Concatenates the build rows and indexes them by key hash. */
    @Override
    public void finish() {
        buildSide.finish();
        long start = System.nanoTime();
        Batch rows = buildSide.rows();
        int count = rows.rowCount();
        int slotCount = Integer.highestOneBit(Math.max(16, count) * 2 - 1) << 1;
        buildSide.reserveExtra(4L * slotCount + 8L * count);
        keys = new Vector[keyExpressions.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = keyExpressions[k].evaluate(rows);
        }
        hashes = new int[count];
        KeyHashing.hashRows(keys, count, hashes);
        heads = new int[slotCount];
        Arrays.fill(heads, NONE);
        nextRow = new int[count];
        mask = slotCount - 1;
        boolean[] hasNullKey = KeyNulls.anyNull(keys, count);
        // Insert back to front so that each chain lists its rows in input order.
        for (int row = count - 1; row >= 0; row--) {
            if (hasNullKey != null && hasNullKey[row]) {
                continue;
            }
            int slot = KeyHashing.slotOf(hashes[row], mask);
            nextRow[row] = heads[slot];
            heads[slot] = row;
        }
        buildSide.metrics().nanos += System.nanoTime() - start;
    }

    public boolean isFinished() {
        return heads != null;
    }

    /** All build rows as one batch. */
    public Batch rows() {
        return buildSide.rows();
    }

    public List<DataType> types() {
        return buildSide.types();
    }

    int keyCount() {
        return keyExpressions.length;
    }

    // The table's arrays, for generated probe loops (which walk the chains themselves, as
    // firstCandidate/nextCandidate/keysMatch do): read-only once finished.

    /** The first build row of each slot's chain (-1 for none); slot = {@link KeyHashing#slotOf}(hash, mask). */
    public int[] chainHeads() {
        return heads;
    }

    /** The next build row of each build row's chain, or -1. */
    public int[] chainNext() {
        return nextRow;
    }

    /** The key hash of each build row. */
    public int[] rowHashes() {
        return hashes;
    }

    public int slotMask() {
        return mask;
    }

    /** The evaluated key column {@code k} of all build rows. */
    public Vector key(int k) {
        return keys[k];
    }

    /** The first build row that may match a probe key with this hash, or -1. */
    int firstCandidate(int hash) {
        return heads[KeyHashing.slotOf(hash, mask)];
    }

    /** The next build row in the same chain as {@code row}, or -1. */
    int nextCandidate(int row) {
        return nextRow[row];
    }

    /** Whether build row {@code buildRow} has the same (non-NULL) key as row {@code probeRow} of the probe keys. */
    boolean keysMatch(int buildRow, int probeHash, Vector[] probeKeys, int probeRow) {
        if (hashes[buildRow] != probeHash) {
            return false;
        }
        for (int k = 0; k < keys.length; k++) {
            if (!ValueComparisons.sameValue(keys[k], buildRow, probeKeys[k], probeRow)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        buildSide.close();
        keys = null;
        hashes = null;
        heads = null;
        nextRow = null;
    }

    public OperatorMetrics metrics() {
        return buildSide.metrics();
    }
}
