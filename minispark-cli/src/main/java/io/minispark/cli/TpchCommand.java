package io.minispark.cli;

import picocli.CommandLine.Command;

/** {@code minispark tpch}: the TPC-H data generator (the benchmark is {@code minispark bench tpch}). */
@Command(name = "tpch", mixinStandardHelpOptions = true, description = "TPC-H data: generate the eight tables.",
        subcommands = {TpchGenerateCommand.class})
final class TpchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
