package io.minispark.exec.operator;

import io.minispark.types.DataType;
import io.minispark.vector.Vector;
import java.util.Arrays;
import java.util.List;

/**
 * The hash table of a hash aggregation: maps group keys (one or more columns, NULL a value of its
 * own) to dense group ids 0, 1, 2, ... in order of first appearance. Open addressing with linear
 * probing over an int array of group ids; each group's hash is kept so most mismatches are rejected
 * without touching the key columns, which are stored columnar in {@link KeyColumn}s.
 */
final class GroupHashTable {
    private static final int EMPTY = -1;

    private final KeyColumn[] keys;
    private int[] slots = new int[0];
    private int mask = -1;
    private int[] groupHashes = new int[0];
    private int groupCount;

    GroupHashTable(List<DataType> keyTypes) {
        keys = new KeyColumn[keyTypes.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = KeyColumn.create(keyTypes.get(i));
        }
    }

    int groupCount() {
        return groupCount;
    }

    /** Bytes each group costs in fixed-width arrays: its hash, two slots (half load), its keys. */
    long bytesPerGroup() {
        long bytes = 4 + 2 * 4;
        for (KeyColumn key : keys) {
            bytes += key.bytesPerGroup();
        }
        return bytes;
    }

    long variableBytes() {
        long bytes = 0;
        for (KeyColumn key : keys) {
            bytes += key.variableBytes();
        }
        return bytes;
    }

    /** Makes room for {@code groups} groups, keeping the slot array at most half full. */
    void ensureCapacity(int groups) {
        if (groups > groupHashes.length) {
            groupHashes = Arrays.copyOf(groupHashes, groups);
            for (KeyColumn key : keys) {
                key.ensureCapacity(groups);
            }
        }
        int slotCount = Integer.highestOneBit(Math.max(16, groups) * 2 - 1) << 1;
        if (slotCount > slots.length) {
            rehash(slotCount);
        }
    }

    private void rehash(int slotCount) {
        slots = new int[slotCount];
        Arrays.fill(slots, EMPTY);
        mask = slotCount - 1;
        for (int group = 0; group < groupCount; group++) {
            int slot = KeyHashing.slotOf(groupHashes[group], mask);
            while (slots[slot] != EMPTY) {
                slot = slot + 1 & mask;
            }
            slots[slot] = group;
        }
    }

    /**
     * Looks up the group of each of the first {@code rows} rows, adding new groups for unseen keys,
     * and writes the group ids into {@code groupIds}. The caller has made room with {@link
     * #ensureCapacity} for {@code groupCount() + rows} groups.
     */
    void findOrInsert(Vector[] keyVectors, int[] hashes, int rows, int[] groupIds) {
        int[] slots = this.slots;
        int[] groupHashes = this.groupHashes;
        int mask = this.mask;
        for (int row = 0; row < rows; row++) {
            int hash = hashes[row];
            int slot = KeyHashing.slotOf(hash, mask);
            while (true) {
                int group = slots[slot];
                if (group == EMPTY) {
                    group = groupCount++;
                    slots[slot] = group;
                    groupHashes[group] = hash;
                    for (int k = 0; k < keys.length; k++) {
                        keys[k].append(keyVectors[k], row);
                    }
                    groupIds[row] = group;
                    break;
                }
                if (groupHashes[group] == hash && keysMatch(group, keyVectors, row)) {
                    groupIds[row] = group;
                    break;
                }
                slot = slot + 1 & mask;
            }
        }
    }

    private boolean keysMatch(int group, Vector[] keyVectors, int row) {
        for (int k = 0; k < keys.length; k++) {
            if (!keys[k].matches(group, keyVectors[k], row)) {
                return false;
            }
        }
        return true;
    }

    /** The values of key column {@code column} for groups {@code [from, to)}. */
    Vector keyVector(int column, int from, int to) {
        return keys[column].toVector(from, to);
    }
}
