package io.minispark.cli;

import java.math.BigDecimal;

/** Small helpers the TPC-H commands share. */
final class TpchCli {
    private TpchCli() {
    }

    /** A scale factor as people write it: {@code 1}, {@code 0.1}, not {@code 1.0}. */
    static String formatScale(double scaleFactor) {
        return BigDecimal.valueOf(scaleFactor).stripTrailingZeros().toPlainString();
    }
}
