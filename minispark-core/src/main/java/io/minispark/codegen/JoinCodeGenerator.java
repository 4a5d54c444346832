package io.minispark.codegen;

import io.minispark.exec.operator.PhysicalJoinType;
import io.minispark.logical.Attribute;
import io.minispark.logical.Expression;
import io.minispark.physical.BuildSide;
import io.minispark.physical.HashJoinExec;
import io.minispark.physical.PhysicalPlan;
import io.minispark.types.DataType;
import io.minispark.types.PhysicalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The generator of a hash join's probe: the probe side's rows stream through the fused loop, and for
 * each one the generated code hashes its keys, walks the build table's chain and hands every matching
 * (left, right) row to the operators above, with no batch of pairs in between. The build side runs
 * before the loop through the interpreted operators into the interpreter's {@code JoinHashTable}
 * ({@link StageRuntime#joinTable}), so both paths hash, match and order rows identically.
 *
 * <p>Compiled: inner joins, left (right) outer joins that build the right (left) side, and semi and
 * anti joins that build the right side, with or without a residual predicate. A join that must also
 * emit unmatched build rows (outer on the built side, full) keeps the stage interpreted.
 */
final class JoinCodeGenerator {
    private static final String HASHING = "io.minispark.vector.Hashing.";

    private final StageCodeGenerator stage;
    private final HashJoinExec join;
    private final String name;
    private final PhysicalJoinType joinType;
    private final boolean buildIsLeft;
    private final PhysicalPlan build;
    private final PhysicalPlan probe;
    private final List<Expression> probeKeys;

    JoinCodeGenerator(StageCodeGenerator stage, HashJoinExec join, String name) {
        this.stage = stage;
        this.join = join;
        this.name = name;
        this.joinType = PhysicalJoinType.of(join.joinType());
        this.buildIsLeft = join.buildSide() == BuildSide.LEFT;
        this.build = buildIsLeft ? join.left() : join.right();
        this.probe = buildIsLeft ? join.right() : join.left();
        this.probeKeys = buildIsLeft ? join.rightKeys() : join.leftKeys();
    }

    void produce(StageCodeGenerator.Consumer consumer, String stop, CodeBuilder code) {
        checkSupported();
        int index = stage.producer(join);
        String table = name + "Table";
        code.line("// " + name + ": " + StageCodeGenerator.oneLine(join.describe()));
        code.line("io.minispark.exec.operator.JoinHashTable " + table + " = runtime.joinTable(" + index + ");");
        code.line("int[] " + name + "Heads = " + table + ".chainHeads();");
        code.line("int[] " + name + "Next = " + table + ".chainNext();");
        code.line("int[] " + name + "Hashes = " + table + ".rowHashes();");
        code.line("int " + name + "Mask = " + table + ".slotMask();");
        List<Attribute> buildColumns = build.output();
        for (int c = 0; c < buildColumns.size(); c++) {
            declareColumn(name + "Build" + c, buildColumns.get(c).type(), table + ".rows().column(" + c + ")", code);
        }
        List<Expression> buildKeys = buildIsLeft ? join.leftKeys() : join.rightKeys();
        for (int k = 0; k < buildKeys.size(); k++) {
            declareColumn(name + "Key" + k, buildKeys.get(k).type(), table + ".key(" + k + ")", code);
        }
        stage.produceChild(probe, (row, c) -> probeRow(row, consumer, stop, c), stop, code);
    }

    private void checkSupported() {
        boolean probeOuter = joinType == (buildIsLeft ? PhysicalJoinType.RIGHT_OUTER : PhysicalJoinType.LEFT_OUTER);
        boolean supported = switch (joinType) {
            case INNER -> true;
            case LEFT_OUTER, RIGHT_OUTER -> probeOuter;
            case LEFT_SEMI, LEFT_ANTI -> !buildIsLeft;
            case FULL_OUTER -> false;
        };
        if (!supported) {
            throw new UnsupportedStage(join.joinType().sqlName() + " join building the "
                    + join.buildSide().name().toLowerCase(java.util.Locale.ROOT) + " side is not compiled");
        }
        for (int k = 0; k < probeKeys.size(); k++) {
            if (!join.leftKeys().get(k).type().equals(join.rightKeys().get(k).type())) {
                throw new UnsupportedStage("join keys of types " + join.leftKeys().get(k).type() + " and "
                        + join.rightKeys().get(k).type());
            }
        }
    }

    /** Locals for a column of the build rows (or of the build keys), read once before the probe loop. */
    private static void declareColumn(String column, DataType type, String vector, CodeBuilder code) {
        String typed = "((" + JavaTypes.vectorClass(type) + ") " + vector + ")";
        code.line("boolean[] " + column + "Nulls = " + vector + ".nulls();");
        if (type.physical() == PhysicalType.STRING) {
            code.line("byte[] " + column + " = " + typed + ".data();");
            code.line("int[] " + column + "Offsets = " + typed + ".offsets();");
        } else {
            code.line(JavaTypes.primitive(type) + "[] " + column + " = " + typed + ".values();");
        }
    }

    /** The code for one probe row: find its matches and pass each pair (or the row itself) on. */
    private void probeRow(List<Value> row, StageCodeGenerator.Consumer consumer, String stop, CodeBuilder c) {
        Map<Long, Value> in = StageCodeGenerator.inputs(probe.output(), row);
        List<Value> keys = new ArrayList<>();
        for (Expression key : probeKeys) {
            keys.add(stage.expressions().generate(key, in, c));
        }
        String hash = name + "Hash";
        String anyNull = name + "KeyIsNull";
        c.line("boolean " + anyNull + " = " + String.join(" || ", keys.stream().map(Value::isNull).toList()) + ";");
        c.line("int " + hash + " = 0;");
        c.open("if (!" + anyNull + ")");
        for (int k = 0; k < keys.size(); k++) {
            String keyHash = hashOf(keys.get(k));
            c.line(hash + " = " + (k == 0 ? keyHash : HASHING + "combine(" + hash + ", " + keyHash + ")") + ";");
        }
        c.close();
        String candidate = name + "Candidate";
        String first = "(" + anyNull + " ? -1 : " + name + "Heads[io.minispark.exec.operator.KeyHashing.slotOf(" + hash
                + ", " + name + "Mask)])";
        switch (joinType) {
            case INNER -> {
                c.open("for (int " + candidate + " = " + first + "; " + candidate + " >= 0 && !(" + stop + "); "
                        + candidate + " = " + name + "Next[" + candidate + "])");
                consumer.consume(pair(row, skipUnlessMatch(candidate, keys, row, true, c)), c);
                c.close();
            }
            case LEFT_SEMI, LEFT_ANTI -> {
                // One match decides the row, but the interpreter evaluates the residual for every
                // candidate with the row's key: where the residual may raise an error, so do we.
                String found = name + "Found";
                c.line("boolean " + found + " = false;");
                c.open("for (int " + candidate + " = " + first + "; " + candidate + " >= 0; " + candidate + " = "
                        + name + "Next[" + candidate + "])");
                skipUnlessMatch(candidate, keys, row, false, c);
                c.line(found + " = true;");
                if (join.residual() == null || ExpressionCodeGenerator.cannotRaise(join.residual())) {
                    c.line("break;");
                }
                c.close();
                c.open("if (" + (joinType == PhysicalJoinType.LEFT_SEMI ? "" : "!") + found + ")");
                consumer.consume(row, c);
                c.close();
            }
            default -> probeOuter(candidate, first, keys, row, consumer, stop, c);
        }
    }

    /**
     * An outer join on the probe side: every match is passed on, and a row without any once, with
     * NULLs for the build columns. One loop body serves both, so the operators above are generated once.
     */
    private void probeOuter(String candidate, String first, List<Value> keys, List<Value> row,
                            StageCodeGenerator.Consumer consumer, String stop, CodeBuilder c) {
        String next = name + "NextCandidate";
        String emitted = name + "Emitted";
        c.line("int " + next + " = " + first + ";");
        c.line("boolean " + emitted + " = false;");
        c.open("while (!(" + stop + "))");
        c.line("int " + candidate + " = -1;");
        c.open("for (; " + next + " >= 0; " + next + " = " + name + "Next[" + next + "])");
        c.line("int " + name + "Try = " + next + ";");
        skipUnlessMatch(name + "Try", keys, row, false, c);
        c.line(candidate + " = " + name + "Try;");
        c.line(next + " = " + name + "Next[" + next + "];");
        c.line("break;");
        c.close();
        c.open("if (" + candidate + " < 0 && " + emitted + ")").line("break;").close();
        c.line(emitted + " = true;");
        consumer.consume(pair(row, buildRow(candidate, candidate + " < 0", c)), c);
        c.open("if (" + candidate + " < 0)").line("break;").close();
        c.close();
    }

    /**
     * Inside a loop over build rows: {@code continue} unless build row {@code candidate} has the probe
     * row's key (same hash, then every key equal) and the residual predicate holds for the pair.
     *
     * @return the build row's columns when {@code needRow} or a residual read them, else null
     */
    private List<Value> skipUnlessMatch(String candidate, List<Value> keys, List<Value> probeRow, boolean needRow,
                                        CodeBuilder c) {
        StringBuilder match = new StringBuilder(name + "Hashes[" + candidate + "] == " + name + "Hash");
        for (int k = 0; k < keys.size(); k++) {
            match.append(" && ").append(equal(keys.get(k), name + "Key" + k, candidate));
        }
        c.open("if (!(" + match + "))").line("continue;").close();
        if (join.residual() == null) {
            return needRow ? buildRow(candidate, "false", c) : null;
        }
        List<Value> buildRow = buildRow(candidate, "false", c);
        List<Attribute> pairColumns = new ArrayList<>(join.left().output());
        pairColumns.addAll(join.right().output());
        Value residual = stage.expressions().generate(join.residual(),
                StageCodeGenerator.inputs(pairColumns, pair(probeRow, buildRow)), c);
        c.open("if (" + residual.isNull() + " || !" + residual.value() + ")").line("continue;").close();
        return buildRow;
    }

    /**
     * The build side's columns at row {@code candidate} as fresh locals, all NULL where {@code missing}
     * holds (an unmatched outer row), so nothing downstream indexes the build arrays with -1.
     */
    private List<Value> buildRow(String candidate, String missing, CodeBuilder c) {
        List<Value> values = new ArrayList<>();
        List<Attribute> columns = build.output();
        for (int col = 0; col < columns.size(); col++) {
            DataType t = columns.get(col).type();
            String column = name + "Build" + col;
            String local = stage.type().fresh(name + "B" + col + "_");
            String isNull = local + "IsNull";
            c.line("boolean " + isNull + " = " + missing + " || (" + column + "Nulls != null && " + column + "Nulls["
                    + candidate + "]);");
            if (t.physical() == PhysicalType.STRING) {
                c.line("int " + local + "From = " + isNull + " ? 0 : " + column + "Offsets[" + candidate + "];");
                c.line("int " + local + "To = " + isNull + " ? 0 : " + column + "Offsets[" + candidate + " + 1];");
                values.add(new Value(t, isNull, column, local + "From", local + "To"));
            } else {
                c.line(JavaTypes.primitive(t) + " " + local + " = " + isNull + " ? " + JavaTypes.zero(t) + " : " + column
                        + "[" + candidate + "];");
                values.add(Value.of(t, isNull, local));
            }
        }
        return values;
    }

    /** The joined row: left's columns, then right's. */
    private List<Value> pair(List<Value> probeRow, List<Value> buildRow) {
        List<Value> pair = new ArrayList<>(buildIsLeft ? buildRow : probeRow);
        pair.addAll(buildIsLeft ? probeRow : buildRow);
        return pair;
    }

    /** The key's hash exactly as {@code KeyHashing} computes it for the build rows. */
    private static String hashOf(Value key) {
        return switch (key.type().physical()) {
            case INT -> HASHING + "hashInt(" + key.value() + ")";
            case LONG -> HASHING + "hashLong(" + key.value() + ")";
            case DOUBLE -> HASHING + "hashDouble(" + key.value() + ")";
            case BOOLEAN -> HASHING + "hashBoolean(" + key.value() + ")";
            case STRING -> HASHING + "hashBytes(" + key.value() + ", " + key.from() + ", " + key.to() + ")";
        };
    }

    /** Whether the (non-NULL) probe key equals build key column {@code column} at {@code row}, as {@code ValueComparisons.sameValue}. */
    private static String equal(Value key, String column, String row) {
        return switch (key.type().physical()) {
            case INT, LONG, BOOLEAN -> column + "[" + row + "] == " + key.value();
            case DOUBLE -> "io.minispark.exec.operator.ValueComparisons.sameDouble(" + column + "[" + row + "], " + key.value() + ")";
            case STRING -> "java.util.Arrays.equals(" + column + ", " + column + "Offsets[" + row + "], " + column + "Offsets[" + row
                    + " + 1], " + key.value() + ", " + key.from() + ", " + key.to() + ")";
        };
    }
}
