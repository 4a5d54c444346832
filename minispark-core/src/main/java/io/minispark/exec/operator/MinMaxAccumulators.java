package io.minispark.exec.operator;

import io.minispark.types.DataType;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.util.Arrays;
import java.util.List;

/**
 * MIN and MAX for every physical type: the best value so far per group plus a flag whether the group
 * saw any non-NULL value. The state is the value itself, so merging partial states is the same as
 * accumulating them. Doubles order with NaN largest; strings by unsigned UTF-8 bytes.
 */
final class MinMaxAccumulators {
    private MinMaxAccumulators() {
    }

    static Accumulator create(DataType type, boolean max) {
        return switch (type.physical()) {
            case BOOLEAN -> new BooleanMinMax(type, max);
            case INT -> new IntMinMax(type, max);
            case LONG -> new LongMinMax(type, max);
            case DOUBLE -> new DoubleMinMax(type, max);
            case STRING -> new StringMinMax(type, max);
        };
    }

    /** What all MIN/MAX accumulators share: the seen flags, merging, and states equal to results. */
    private abstract static class MinMax implements Accumulator {
        protected final DataType type;
        protected final boolean max;
        protected boolean[] seen = new boolean[0];

        MinMax(DataType type, boolean max) {
            this.type = type;
            this.max = max;
        }

        @Override
        public final void ensureCapacity(int groups) {
            if (groups > seen.length) {
                seen = Arrays.copyOf(seen, groups);
                growValues(groups);
            }
        }

        abstract void growValues(int groups);

        @Override
        public final void merge(Vector[] states, int[] groupIds, int rows) {
            Accumulator.expectType(states[0], type);
            accumulate(states[0], groupIds, rows);
        }

        @Override
        public final void writeStates(int from, int to, List<Vector> out) {
            out.add(result(from, to));
        }
    }

    private static final class IntMinMax extends MinMax {
        private int[] values = new int[0];

        IntMinMax(DataType type, boolean max) {
            super(type, max);
        }

        @Override
        public long bytesPerGroup() {
            return 5;
        }

        @Override
        void growValues(int groups) {
            values = Arrays.copyOf(values, groups);
        }

        @Override
        public void accumulate(Vector argument, int[] groupIds, int rows) {
            int[] input = ((IntVector) argument).values();
            boolean[] nulls = argument.nulls();
            for (int row = 0; row < rows; row++) {
                if (nulls == null || !nulls[row]) {
                    int group = groupIds[row];
                    int value = input[row];
                    if (!seen[group] || (max ? value > values[group] : value < values[group])) {
                        values[group] = value;
                        seen[group] = true;
                    }
                }
            }
        }

        @Override
        public Vector result(int from, int to) {
            return new IntVector(type, Arrays.copyOfRange(values, from, to), Accumulator.missingAsNulls(seen, from, to));
        }
    }

    private static final class LongMinMax extends MinMax {
        private long[] values = new long[0];

        LongMinMax(DataType type, boolean max) {
            super(type, max);
        }

        @Override
        public long bytesPerGroup() {
            return 9;
        }

        @Override
        void growValues(int groups) {
            values = Arrays.copyOf(values, groups);
        }

        @Override
        public void accumulate(Vector argument, int[] groupIds, int rows) {
            long[] input = ((LongVector) argument).values();
            boolean[] nulls = argument.nulls();
            for (int row = 0; row < rows; row++) {
                if (nulls == null || !nulls[row]) {
                    int group = groupIds[row];
                    long value = input[row];
                    if (!seen[group] || (max ? value > values[group] : value < values[group])) {
                        values[group] = value;
                        seen[group] = true;
                    }
                }
            }
        }

        @Override
        public Vector result(int from, int to) {
            return new LongVector(type, Arrays.copyOfRange(values, from, to), Accumulator.missingAsNulls(seen, from, to));
        }
    }

    private static final class DoubleMinMax extends MinMax {
        private double[] values = new double[0];

        DoubleMinMax(DataType type, boolean max) {
            super(type, max);
        }

        @Override
        public long bytesPerGroup() {
            return 9;
        }

        @Override
        void growValues(int groups) {
            values = Arrays.copyOf(values, groups);
        }

        @Override
        public void accumulate(Vector argument, int[] groupIds, int rows) {
            double[] input = ((DoubleVector) argument).values();
            boolean[] nulls = argument.nulls();
            int better = max ? 1 : -1;
            for (int row = 0; row < rows; row++) {
                if (nulls == null || !nulls[row]) {
                    int group = groupIds[row];
                    double value = input[row];
                    if (!seen[group] || ValueComparisons.compareDoubles(value, values[group]) == better) {
                        values[group] = value;
                        seen[group] = true;
                    }
                }
            }
        }

        @Override
        public Vector result(int from, int to) {
            return new DoubleVector(type, Arrays.copyOfRange(values, from, to), Accumulator.missingAsNulls(seen, from, to));
        }
    }

    /** MIN of booleans is AND, MAX is OR. */
    private static final class BooleanMinMax extends MinMax {
        private boolean[] values = new boolean[0];

        BooleanMinMax(DataType type, boolean max) {
            super(type, max);
        }

        @Override
        public long bytesPerGroup() {
            return 2;
        }

        @Override
        void growValues(int groups) {
            values = Arrays.copyOf(values, groups);
        }

        @Override
        public void accumulate(Vector argument, int[] groupIds, int rows) {
            boolean[] input = ((BooleanVector) argument).values();
            boolean[] nulls = argument.nulls();
            for (int row = 0; row < rows; row++) {
                if (nulls == null || !nulls[row]) {
                    int group = groupIds[row];
                    boolean value = input[row];
                    values[group] = seen[group] ? (max ? values[group] | value : values[group] & value) : value;
                    seen[group] = true;
                }
            }
        }

        @Override
        public Vector result(int from, int to) {
            return new BooleanVector(type, Arrays.copyOfRange(values, from, to), Accumulator.missingAsNulls(seen, from, to));
        }
    }

    /** Keeps one byte array per group, replaced only when a better string arrives. */
    private static final class StringMinMax extends MinMax {
        private byte[][] values = new byte[0][];
        private long storedBytes;

        StringMinMax(DataType type, boolean max) {
            super(type, max);
        }

        @Override
        public long bytesPerGroup() {
            // The reference plus the array header of a stored value.
            return 8 + 16 + 1;
        }

        @Override
        public long variableBytes() {
            return storedBytes;
        }

        @Override
        void growValues(int groups) {
            values = Arrays.copyOf(values, groups);
        }

        @Override
        public void accumulate(Vector argument, int[] groupIds, int rows) {
            StringVector strings = (StringVector) argument;
            byte[] data = strings.data();
            int[] offsets = strings.offsets();
            boolean[] nulls = argument.nulls();
            for (int row = 0; row < rows; row++) {
                if (nulls == null || !nulls[row]) {
                    int group = groupIds[row];
                    int start = offsets[row];
                    int end = offsets[row + 1];
                    byte[] current = values[group];
                    boolean replace = current == null;
                    if (!replace) {
                        int order = Arrays.compareUnsigned(data, start, end, current, 0, current.length);
                        replace = max ? order > 0 : order < 0;
                    }
                    if (replace) {
                        storedBytes += (end - start) - (current == null ? 0 : current.length);
                        values[group] = Arrays.copyOfRange(data, start, end);
                        seen[group] = true;
                    }
                }
            }
        }

        @Override
        public Vector result(int from, int to) {
            StringVector.Builder builder = new StringVector.Builder(to - from);
            for (int group = from; group < to; group++) {
                if (values[group] == null) {
                    builder.appendNull();
                } else {
                    builder.append(values[group]);
                }
            }
            return builder.build(type);
        }
    }
}
