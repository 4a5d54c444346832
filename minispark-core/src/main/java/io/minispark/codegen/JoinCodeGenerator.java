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
 * The generator of a hash join's probe: the probe side's rows stream through the fused loop, the
 * generated code hashes their keys, walks the build table's chains and hands every matching (left,
 * right) row to the operators above. Inner joins probe buffered rows a batch at a time
 * ({@link BatchedProbe}); the other join types probe row by row. The build side runs
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
        // The table is built once per job; every method of the class reads its arrays from this field.
        stage.type().field("private io.minispark.exec.operator.JoinHashTable " + table + ";");
        code.line(table + " = runtime.joinTable(" + index + ");");
        stage.declareEverywhere("int[] " + name + "Heads = " + table + ".chainHeads();", code);
        stage.declareEverywhere("int[] " + name + "Next = " + table + ".chainNext();", code);
        stage.declareEverywhere("int[] " + name + "Hashes = " + table + ".rowHashes();", code);
        stage.declareEverywhere("int " + name + "Mask = " + table + ".slotMask();", code);
        List<Attribute> buildColumns = build.output();
        for (int c = 0; c < buildColumns.size(); c++) {
            declareColumn(name + "Build" + c, buildColumns.get(c).type(), table + ".rows().column(" + c + ")", code);
        }
        List<Expression> buildKeys = buildIsLeft ? join.leftKeys() : join.rightKeys();
        for (int k = 0; k < buildKeys.size(); k++) {
            declareColumn(name + "Key" + k, buildKeys.get(k).type(), table + ".key(" + k + ")", code);
        }
        if (joinType == PhysicalJoinType.INNER) {
            new BatchedProbe().produce(consumer, stop, code);
        } else {
            stage.produceChild(probe, (row, c) -> probeRow(row, consumer, stop, c), stop, code);
        }
    }

    /**
     * The probe of an inner join in batches: the loop upstream only appends each probe row (its columns,
     * keys and key hash) to buffers, and a method of its own probes {@value #BATCH} rows at a time:
     * first the chain head of every row in one tight loop, whose independent loads of a large table
     * overlap their cache misses, keeping only rows whose slot is not empty; then the chains of those
     * rows, handing each matching pair to the operators above. Probing row by row inside the fused loop
     * waited for each row's misses in turn, which made join-heavy stages slower than the interpreter's
     * batch-at-a-time probe. Pairs leave in the same order as before: probe rows in order, then chains.
     */
    private final class BatchedProbe {
        private final String buffer = name + "Buf";
        private final String count = name + "Buffered";
        private final String flush = name + "Probe";
        private final String small = name + "Cached";
        private final List<Attribute> columns = probe.output();
        /** Probe columns (and their NULL flags) the probing method reads, so the only ones buffered. */
        private final java.util.Set<Integer> used = new java.util.HashSet<>();
        private final java.util.Set<Integer> usedNulls = new java.util.HashSet<>();

        void produce(StageCodeGenerator.Consumer consumer, String stop, CodeBuilder code) {
            stage.type().field("private int " + count + ";");
            // The probing method first, so that only the columns it reads are buffered.
            CodeBuilder body = new CodeBuilder(2);
            probeBuffered(consumer, stop, body);
            String probing = body.toString();
            stage.declareEverywhere("boolean " + small + " = " + name + "Heads.length <= " + CACHED_SLOTS + ";", code);
            bufferArray("int", buffer + "Hash", code);
            bufferArray("int", buffer + "Head", code);
            bufferArray("int", buffer + "Selected", code);
            for (int k = 0; k < probeKeys.size(); k++) {
                valueBuffer(buffer + "Key" + k, probeKeys.get(k).type(), code);
            }
            for (int c = 0; c < columns.size(); c++) {
                String column = buffer + "Column" + c;
                if (StageCodeGenerator.mentions(probing, column + "Local") || StageCodeGenerator.mentions(probing, column + "FromLocal")) {
                    valueBuffer(column, columns.get(c).type(), code);
                    used.add(c);
                }
                if (StageCodeGenerator.mentions(probing, column + "NullLocal")) {
                    bufferArray("boolean", column + "Null", code);
                    usedNulls.add(c);
                }
            }
            stage.produceChild(probe, (row, c) -> append(row, c), stop, code);
            code.line(flush + "();");
            stage.pipelineMethod(flush, body);
        }

        private void bufferArray(String elementType, String array, CodeBuilder code) {
            String allocation = elementType.endsWith("[]")
                    ? elementType.substring(0, elementType.length() - 2) + "[" + BATCH + "][]"
                    : elementType + "[" + BATCH + "]";
            stage.type().field("private final " + elementType + "[] " + array + " = new " + allocation + ";");
            stage.declareEverywhere(elementType + "[] " + array + "Local = " + array + ";", code);
        }

        /** Buffers for values of a type: the value, or a string's byte array and bounds. */
        private void valueBuffer(String array, DataType t, CodeBuilder code) {
            if (t.physical() == PhysicalType.STRING) {
                bufferArray("byte[]", array, code);
                bufferArray("int", array + "From", code);
                bufferArray("int", array + "To", code);
            } else {
                bufferArray(JavaTypes.primitive(t), array, code);
            }
        }

        private void store(String array, Value value, String at, CodeBuilder c) {
            if (value.isString()) {
                c.line(array + "Local[" + at + "] = " + value.value() + ";");
                c.line(array + "FromLocal[" + at + "] = " + value.from() + ";");
                c.line(array + "ToLocal[" + at + "] = " + value.to() + ";");
            } else {
                c.line(array + "Local[" + at + "] = " + value.value() + ";");
            }
        }

        private Value load(String array, DataType t, String isNull, String at) {
            if (t.physical() == PhysicalType.STRING) {
                return new Value(t, isNull, array + "Local[" + at + "]", array + "FromLocal[" + at + "]",
                        array + "ToLocal[" + at + "]");
            }
            return Value.of(t, isNull, array + "Local[" + at + "]");
        }

        /** Upstream: a probe row with no NULL key (which never matches) joins the buffer. */
        private void append(List<Value> row, CodeBuilder c) {
            Map<Long, Value> in = StageCodeGenerator.inputs(probe.output(), row);
            List<Value> keys = new ArrayList<>();
            for (Expression key : probeKeys) {
                keys.add(stage.expressions().generate(key, in, c));
            }
            c.open("if (!(" + String.join(" || ", keys.stream().map(Value::isNull).toList()) + "))");
            String at = stage.type().fresh(name + "At");
            String hash = at + "Hash";
            c.line("int " + hash + " = " + hashExpression(keys) + ";");
            // A table that fits in the CPU caches is searched at once, as its lookups rarely miss: only
            // rows with a key match are buffered, with the first matching build row as their chain start.
            String first = at + "First";
            c.line("int " + first + " = -1;");
            c.open("if (" + small + ")");
            c.open("for (int " + first + "Try = " + name + "Heads[io.minispark.exec.operator.KeyHashing.slotOf(" + hash + ", "
                    + name + "Mask)]; " + first + "Try >= 0; " + first + "Try = " + name + "Next[" + first + "Try])");
            c.open("if (" + keysMatch(first + "Try", hash, keys) + ")").line(first + " = " + first + "Try;").line("break;").close();
            c.close();
            c.close();
            c.open("if (!" + small + " || " + first + " >= 0)");
            c.line("int " + at + " = " + count + ";");
            c.line(buffer + "HashLocal[" + at + "] = " + hash + ";");
            c.line(buffer + "HeadLocal[" + at + "] = " + first + ";");
            for (int k = 0; k < keys.size(); k++) {
                store(buffer + "Key" + k, keys.get(k), at, c);
            }
            for (int col = 0; col < row.size(); col++) {
                if (StageCodeGenerator.neverNull(probe, col) && !row.get(col).isNull().equals("false")) {
                    throw new UnsupportedStage("probe column " + col + " was expected never to be NULL");
                }
                if (used.contains(col)) {
                    store(buffer + "Column" + col, row.get(col), at, c);
                }
                if (usedNulls.contains(col)) {
                    c.line(buffer + "Column" + col + "NullLocal[" + at + "] = " + row.get(col).isNull() + ";");
                }
            }
            c.line(count + " = " + at + " + 1;");
            c.open("if (" + at + " + 1 == " + BATCH + ")").line(flush + "();").close();
            c.close();
            c.close();
        }

        /** The method that probes the buffered rows. */
        private void probeBuffered(StageCodeGenerator.Consumer consumer, String stop, CodeBuilder c) {
            String rows = name + "Rows";
            String selected = name + "SelectedRows";
            String i = name + "I";
            c.line("int " + rows + " = " + count + ";");
            c.line(count + " = 0;");
            c.line("int " + selected + " = 0;");
            c.open("for (int " + i + " = 0; " + i + " < " + rows + "; " + i + "++)");
            c.line("int " + name + "First = " + small + " ? " + buffer + "HeadLocal[" + i + "] : " + name
                    + "Heads[io.minispark.exec.operator.KeyHashing.slotOf(" + buffer + "HashLocal[" + i + "], " + name + "Mask)];");
            c.line(buffer + "HeadLocal[" + i + "] = " + name + "First;");
            c.line(buffer + "SelectedLocal[" + selected + "] = " + i + ";");
            c.line(selected + " += " + name + "First >= 0 ? 1 : 0;");
            c.close();
            String s = name + "S";
            c.open("for (int " + s + " = 0; " + s + " < " + selected + " && !(" + stop + "); " + s + "++)");
            c.line("int " + i + " = " + buffer + "SelectedLocal[" + s + "];");
            c.line("int " + name + "Hash = " + buffer + "HashLocal[" + i + "];");
            List<Value> keys = new ArrayList<>();
            for (int k = 0; k < probeKeys.size(); k++) {
                keys.add(load(buffer + "Key" + k, probeKeys.get(k).type(), "false", i));
            }
            List<Value> row = new ArrayList<>();
            for (int col = 0; col < columns.size(); col++) {
                // A never-NULL column keeps its constant flag: no NULL buffer, no NULL tests above the join.
                String isNull = StageCodeGenerator.neverNull(probe, col) ? "false" : buffer + "Column" + col + "NullLocal[" + i + "]";
                row.add(load(buffer + "Column" + col, columns.get(col).type(), isNull, i));
            }
            String candidate = name + "Candidate";
            c.open("for (int " + candidate + " = " + buffer + "HeadLocal[" + i + "]; " + candidate + " >= 0 && !(" + stop
                    + "); " + candidate + " = " + name + "Next[" + candidate + "])");
            consumer.consume(pair(row, skipUnlessMatch(candidate, keys, row, true, c)), c);
            c.close();
            c.close();
        }
    }

    /** Slots of a join table small enough (with its rows) to stay in a core's L2 cache. */
    static final int CACHED_SLOTS = 16 * 1024;

    /** Probe rows an inner join buffers before probing them together. */
    static final int BATCH = 1024;

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

    /** Locals for a column of the build rows (or of the build keys), read once per method before its loops. */
    private void declareColumn(String column, DataType type, String vector, CodeBuilder code) {
        String typed = "((" + JavaTypes.vectorClass(type) + ") " + vector + ")";
        stage.declareEverywhere("boolean[] " + column + "Nulls = " + vector + ".nulls();", code);
        if (type.physical() == PhysicalType.STRING) {
            stage.declareEverywhere("byte[] " + column + " = " + typed + ".data();", code);
            stage.declareEverywhere("int[] " + column + "Offsets = " + typed + ".offsets();", code);
        } else {
            stage.declareEverywhere(JavaTypes.primitive(type) + "[] " + column + " = " + typed + ".values();", code);
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
        c.line("int " + hash + " = " + anyNull + " ? 0 : " + hashExpression(keys) + ";");
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
        c.open("if (!(" + keysMatch(candidate, name + "Hash", keys) + "))").line("continue;").close();
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

    /** Whether build row {@code candidate} has the probe keys: the same hash first, then every key equal. */
    private String keysMatch(String candidate, String hash, List<Value> keys) {
        StringBuilder match = new StringBuilder(name + "Hashes[" + candidate + "] == " + hash);
        for (int k = 0; k < keys.size(); k++) {
            match.append(" && ").append(equal(keys.get(k), name + "Key" + k, candidate));
        }
        return match.toString();
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

    /** The hash of non-NULL keys, combined exactly as {@code KeyHashing} combines them for the build rows. */
    private static String hashExpression(List<Value> keys) {
        String hash = hashOf(keys.getFirst());
        for (int k = 1; k < keys.size(); k++) {
            hash = HASHING + "combine(" + hash + ", " + hashOf(keys.get(k)) + ")";
        }
        return hash;
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
