package io.minispark.cli;

import io.minispark.api.Session;
import io.minispark.errors.MinisparkException;
import io.minispark.sql.StatementResult;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minispark explain}: prints the logical plan and the physical plan with its stages. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print a query's logical plan and its physical plan with stages and schemas.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SessionOptions sessionOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    QueryText.Source source;

    @picocli.CommandLine.Option(names = "--show-code", description = "Print the generated Java source of every stage (as EXPLAIN CODEGEN).")
    boolean showCode;

    @Override
    public Integer call() {
        QueryText text = new QueryText();
        text.source = source;
        List<String> statements = StatementSplitter.split(text.read());
        try (Session session = sessionOptions.open()) {
            for (String statement : statements) {
                try {
                    // Other statements (CREATE VIEW ...) run, so that later queries can use what they define.
                    if (session.execute(statement) instanceof StatementResult.Query query) {
                        spec.commandLine().getOut().print(showCode || sessionOptions.codegenFlagAlone()
                                ? query.dataFrame().queryExecution().explainCodegen()
                                : query.dataFrame().explainString());
                    }
                } catch (MinisparkException e) {
                    throw e.withSource(statement);
                }
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
