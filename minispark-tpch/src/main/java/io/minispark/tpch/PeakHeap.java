package io.minispark.tpch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The JVM's peak heap use so far: the sum of the heap pools' peak usage, an upper bound of what was
 * live at any one moment (the pools peak at different times).
 */
final class PeakHeap {
    private PeakHeap() {
    }

    static long usedBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
