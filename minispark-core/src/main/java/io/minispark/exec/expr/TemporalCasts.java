package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;

/** DATE to TIMESTAMP (midnight) and TIMESTAMP to DATE (the day it falls in, also before 1970). */
final class TemporalCasts {
    static final long MICROS_PER_DAY = 86_400_000_000L;

    private TemporalCasts() {
    }

    static LongVector toTimestamp(IntVector dates) {
        int[] days = dates.values();
        long[] out = new long[days.length];
        for (int row = 0; row < days.length; row++) {
            // Cannot overflow: |int| * 8.64e10 < 2^63.
            out[row] = days[row] * MICROS_PER_DAY;
        }
        return new LongVector(DataType.TIMESTAMP, out, dates.nulls());
    }

    static IntVector toDate(LongVector timestamps) {
        long[] micros = timestamps.values();
        int[] out = new int[micros.length];
        for (int row = 0; row < micros.length; row++) {
            // floorDiv so that 1969-12-31 23:59:59.5 is day -1, not day 0; fits an int for every long.
            out[row] = (int) Math.floorDiv(micros[row], MICROS_PER_DAY);
        }
        return new IntVector(DataType.DATE, out, timestamps.nulls());
    }
}
