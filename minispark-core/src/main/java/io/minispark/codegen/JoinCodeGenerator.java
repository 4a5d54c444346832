package io.minispark.codegen;

import io.minispark.physical.HashJoinExec;

/** The generator of hash-join build and probe code (not yet compiled: such stages run interpreted). */
final class JoinCodeGenerator {
    private final HashJoinExec join;

    JoinCodeGenerator(StageCodeGenerator stage, HashJoinExec join, String name) {
        this.join = join;
    }

    void produce(StageCodeGenerator.Consumer consumer, String stop, CodeBuilder code) {
        throw new UnsupportedStage("hash join is not compiled");
    }
}
