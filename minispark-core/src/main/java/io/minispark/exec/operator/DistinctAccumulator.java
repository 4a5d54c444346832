package io.minispark.exec.operator;

import io.minispark.types.DataType;
import io.minispark.vector.IntVector;
import io.minispark.vector.Vector;
import java.util.List;

/**
 * Wraps an accumulator so it sees each (group, value) pair only once: COUNT, SUM and AVG DISTINCT.
 * The pairs already seen live in a {@link GroupHashTable} keyed by group id and value; a row goes on
 * to the wrapped accumulator only when it inserts a new pair. NULL values are dropped, as every
 * aggregate skips them anyway. Used in COMPLETE mode only, so it cannot merge partial states.
 */
final class DistinctAccumulator implements Accumulator {
    private final Accumulator inner;
    private final GroupHashTable seenPairs;
    private int pairCapacity;
    private int[] hashes = new int[0];
    private int[] pairIds = new int[0];
    private int[] newPositions = new int[0];
    private int[] newGroupIds = new int[0];

    DistinctAccumulator(Accumulator inner, DataType argumentType) {
        this.inner = inner;
        this.seenPairs = new GroupHashTable(List.of(DataType.INT, argumentType));
    }

    @Override
    public long bytesPerGroup() {
        return inner.bytesPerGroup();
    }

    @Override
    public long variableBytes() {
        return inner.variableBytes() + pairCapacity * seenPairs.bytesPerGroup() + seenPairs.variableBytes();
    }

    @Override
    public void ensureCapacity(int groups) {
        inner.ensureCapacity(groups);
    }

    @Override
    public void accumulate(Vector argument, int[] groupIds, int rows) {
        if (hashes.length < rows) {
            hashes = new int[rows];
            pairIds = new int[rows];
            newPositions = new int[rows];
            newGroupIds = new int[rows];
        }
        int needed = seenPairs.groupCount() + rows;
        if (needed > pairCapacity) {
            pairCapacity = Math.max(needed, pairCapacity * 2);
            seenPairs.ensureCapacity(pairCapacity);
        }
        Vector[] pair = {new IntVector(DataType.INT, java.util.Arrays.copyOf(groupIds, rows), null), argument};
        KeyHashing.hashRows(pair, rows, hashes);
        int nextNewPair = seenPairs.groupCount();
        seenPairs.findOrInsert(pair, hashes, rows, pairIds);
        int count = 0;
        for (int row = 0; row < rows; row++) {
            // Pair ids are handed out in row order, so a row is the first of its pair exactly when
            // its id is the next unused one.
            if (pairIds[row] == nextNewPair) {
                nextNewPair++;
                if (!argument.isNull(row)) {
                    newPositions[count] = row;
                    newGroupIds[count] = groupIds[row];
                    count++;
                }
            }
        }
        if (count > 0) {
            inner.accumulate(argument.gather(newPositions, count), newGroupIds, count);
        }
    }

    @Override
    public void merge(Vector[] states, int[] groupIds, int rows) {
        throw new UnsupportedOperationException("DISTINCT aggregates run in COMPLETE mode only");
    }

    @Override
    public void writeStates(int from, int to, List<Vector> out) {
        throw new UnsupportedOperationException("DISTINCT aggregates run in COMPLETE mode only");
    }

    @Override
    public Vector result(int from, int to) {
        return inner.result(from, to);
    }
}
