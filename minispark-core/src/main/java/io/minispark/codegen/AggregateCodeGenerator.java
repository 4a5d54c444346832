package io.minispark.codegen;

import io.minispark.logical.AggregateCall;
import io.minispark.logical.NamedExpression;
import io.minispark.physical.AggregateMode;
import io.minispark.physical.HashAggregateExec;
import io.minispark.types.DataType;
import io.minispark.types.Decimals;
import io.minispark.types.PhysicalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The generator of a hash aggregation: the consume side evaluates the group keys and arguments of a
 * row, finds or inserts its group in an open-addressing table specialised to the key types, and
 * updates aggregate states kept in primitive arrays indexed by group id; the produce side is a loop
 * over the groups in insertion order (the interpreter's order) that turns states into output rows.
 * Keys are stored per column in typed arrays (int, long, double, boolean) or, for strings, as byte
 * ranges of one growing byte array; a global aggregation (no keys) has the single group 0.
 *
 * <p>String keys of up to seven bytes (flags, statuses, modes: the usual group keys) are also packed
 * with their length into one long, which is what they hash and compare by, so the hot path touches no
 * byte ranges for them. The probe loop is a method of its own, small enough for the JIT to inline
 * into the row loop; inserting a group is a separate, cold method.
 */
final class AggregateCodeGenerator {
    private static final String F = "io.minispark.codegen.RowFunctions.";

    private final StageCodeGenerator stage;
    private final HashAggregateExec aggregate;
    private final String name;
    private final ClassBuilder type;
    private final int keyCount;
    private final List<DataType> keyTypes = new ArrayList<>();
    /** Every primitive per-group array: its declaration type and name, for allocation and growth. */
    private final List<String[]> groupArrays = new ArrayList<>();
    private long bytesPerGroup;
    /**
     * Per-group counters of input rows by the NULL flag of what they count: states counting under the
     * same flag (SUM's "any value yet", COUNT(x), AVG's count of the same argument) share one array.
     */
    private final Map<String, String> counters = new java.util.LinkedHashMap<>();
    /** Per key: whether its value can be NULL (known once the row's keys are generated). */
    private final boolean[] keyMayBeNull;

    AggregateCodeGenerator(StageCodeGenerator stage, HashAggregateExec aggregate, String name) {
        this.stage = stage;
        this.aggregate = aggregate;
        this.name = name;
        this.type = stage.type();
        this.keyCount = aggregate.groupings().size();
        this.keyMayBeNull = new boolean[keyCount];
        for (NamedExpression g : aggregate.groupings()) {
            keyTypes.add(g.output().type());
        }
        for (NamedExpression a : aggregate.aggregates()) {
            AggregateCall call = (AggregateCall) a.expression();
            if (call.distinct()) {
                throw new UnsupportedStage("DISTINCT aggregates are not compiled");
            }
            if ((call.function() == AggregateCall.Function.MIN || call.function() == AggregateCall.Function.MAX)
                    && !isNumeric(call.argument().type())) {
                throw new UnsupportedStage(call.function().name() + " of " + call.argument().type() + " is not compiled");
            }
        }
    }

    private static boolean isNumeric(DataType t) {
        return t.physical() == PhysicalType.INT || t.physical() == PhysicalType.LONG || t.physical() == PhysicalType.DOUBLE;
    }

    private String array(String javaType, String suffix) {
        String field = name + suffix;
        type.field("private " + javaType + "[] " + field + ";");
        groupArrays.add(new String[] {javaType, field});
        bytesPerGroup += switch (javaType) {
            case "boolean" -> 1;
            case "int" -> 4;
            default -> 8;
        };
        return field;
    }

    void produce(StageCodeGenerator.Consumer consumer, String stop, CodeBuilder code) {
        boolean global = keyCount == 0;
        // Key storage.
        List<String> keyArrays = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
            DataType t = keyTypes.get(k);
            if (t.physical() == PhysicalType.STRING) {
                array("int", "Key" + k + "From");
                array("int", "Key" + k + "To");
                array("long", "Key" + k + "Packed");
                type.field("private byte[] " + name + "Key" + k + "Data;");
                type.field("private int " + name + "Key" + k + "Size;");
                keyArrays.add(name + "Key" + k);
            } else {
                keyArrays.add(array(JavaTypes.primitive(t), "Key" + k));
            }
            array("boolean", "Key" + k + "Null");
        }
        if (!global) {
            array("int", "Hashes");
            type.field("private int[] " + name + "Slots;");
        }
        type.field("private int " + name + "Groups;");
        type.field("private int " + name + "Capacity;");
        List<State> states = states();
        stage.initialise(name + "Init();");

        // Consume: one input row into its group.
        stage.produceChild(aggregate.child(), (row, c) -> consumeRow(row, c, states, global), "false", code);
        // After the consume side: it decides which counters exist and which keys can be NULL.
        declareMethods(global);

        // Produce: one output row per group.
        code.line("// " + name + ": " + StageCodeGenerator.oneLine(aggregate.describe()));
        String group = name + "Group";
        code.open("for (int " + group + " = 0; " + group + " < " + name + "Groups && !(" + stop + "); " + group + "++)");
        List<Value> row = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
            DataType t = keyTypes.get(k);
            String isNull = name + "Key" + k + "Null[" + group + "]";
            if (t.physical() == PhysicalType.STRING) {
                row.add(new Value(t, isNull, name + "Key" + k + "Data", name + "Key" + k + "From[" + group + "]",
                        name + "Key" + k + "To[" + group + "]"));
            } else {
                row.add(Value.of(t, isNull, name + "Key" + k + "[" + group + "]"));
            }
        }
        for (State state : states) {
            state.output(group, row, code);
        }
        consumer.consume(row, code);
        code.close();
    }

    private void consumeRow(List<Value> row, CodeBuilder c, List<State> states, boolean global) {
        c.line("// " + name + ": " + StageCodeGenerator.oneLine(aggregate.describe()));
        boolean afterShuffle = aggregate.mode() == AggregateMode.FINAL;
        Map<Long, Value> in = StageCodeGenerator.inputs(aggregate.child().output(), row);
        List<Value> keys = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
            // After the shuffle the keys are the first columns of the partial rows.
            keys.add(afterShuffle ? row.get(k) : stage.expressions().generate(aggregate.groupings().get(k).expression(), in, c));
        }
        List<Value> arguments = new ArrayList<>();
        if (afterShuffle) {
            arguments.addAll(row.subList(keyCount, row.size()));
        } else {
            for (State state : states) {
                AggregateCall call = state.call;
                arguments.add(call.argument() == null ? null : stage.expressions().generate(call.argument(), in, c));
            }
        }
        String group = name + "RowGroup";
        if (global) {
            c.line("int " + group + " = 0;");
        } else {
            String hash = name + "Hash";
            c.line("int " + hash + " = 0;");
            StringBuilder call = new StringBuilder(name + "Find(" + hash);
            for (int k = 0; k < keyCount; k++) {
                Value key = keys.get(k);
                if (key.type().physical() != keyTypes.get(k).physical()) {
                    throw new UnsupportedStage("group key of type " + key.type() + " for " + keyTypes.get(k));
                }
                keyMayBeNull[k] = !key.isNull().equals("false");
                String packed = key.isString() ? name + "RowKey" + k + "Packed" : null;
                if (key.isString()) {
                    String pack = F + "packShortKey(" + key.value() + ", " + key.from() + ", " + key.to() + ")";
                    c.line("long " + packed + " = " + (keyMayBeNull[k] ? key.isNull() + " ? 0L : " + pack : pack) + ";");
                }
                String keyHash = switch (key.type().physical()) {
                    case INT -> F + "mix((long) " + key.value() + ")";
                    case LONG -> F + "mix(" + key.value() + ")";
                    case DOUBLE -> F + "mix(" + F + "doubleKeyBits(" + key.value() + "))";
                    case BOOLEAN -> "(" + key.value() + " ? 1 : 2)";
                    case STRING -> F + "hashStringKey(" + packed + ", " + key.value() + ", " + key.from() + ", " + key.to() + ")";
                };
                c.line(hash + " = " + hash + " * 31 + (" + (keyMayBeNull[k] ? key.isNull() + " ? 0x5bd1e995 : " + keyHash : keyHash) + ");");
                call.append(", ").append(key.value());
                if (key.isString()) {
                    call.append(", ").append(key.from()).append(", ").append(key.to()).append(", ").append(packed);
                }
                call.append(", ").append(key.isNull());
            }
            c.line("int " + group + " = " + call + ");");
        }
        int argument = 0;
        for (State state : states) {
            if (afterShuffle) {
                state.merge(group, arguments.subList(argument, argument + state.columns), c);
                argument += state.columns;
            } else {
                state.accumulate(group, arguments.get(argument++), c);
            }
        }
    }

    private void declareMethods(boolean global) {
        StringBuilder init = new StringBuilder("    private void " + name + "Init() {\n");
        init.append("        ").append(name).append("Capacity = ").append(global ? 1 : 1024).append(";\n");
        for (String[] a : groupArrays) {
            init.append("        ").append(a[1]).append(" = new ").append(a[0]).append("[").append(name).append("Capacity];\n");
        }
        for (int k = 0; k < keyCount; k++) {
            if (keyTypes.get(k).physical() == PhysicalType.STRING) {
                init.append("        ").append(name).append("Key").append(k).append("Data = new byte[4096];\n");
            }
        }
        init.append("        runtime.reserve(").append(bytesPerGroup).append("L * ").append(name).append("Capacity);\n");
        if (global) {
            init.append("        ").append(name).append("Groups = 1;\n");
        } else {
            init.append("        ").append(name).append("Slots = new int[2048];\n");
        }
        init.append("    }\n");
        type.method(init.toString());
        if (global) {
            return;
        }
        StringBuilder grow = new StringBuilder("    /** Doubles the per-group arrays. */\n    private void " + name + "Grow() {\n");
        grow.append("        runtime.reserve(").append(bytesPerGroup).append("L * ").append(name).append("Capacity);\n");
        grow.append("        ").append(name).append("Capacity *= 2;\n");
        for (String[] a : groupArrays) {
            grow.append("        ").append(a[1]).append(" = java.util.Arrays.copyOf(").append(a[1]).append(", ")
                    .append(name).append("Capacity);\n");
        }
        grow.append("    }\n");
        type.method(grow.toString());
        type.method("    /** Doubles the slot array and re-inserts every group by its hash. */\n"
                + "    private void " + name + "Rehash() {\n"
                + "        int[] slots = new int[" + name + "Slots.length * 2];\n"
                + "        int mask = slots.length - 1;\n"
                + "        for (int group = 0; group < " + name + "Groups; group++) {\n"
                + "            int slot = (" + name + "Hashes[group] ^ (" + name + "Hashes[group] >>> 16)) & mask;\n"
                + "            while (slots[slot] != 0) {\n"
                + "                slot = (slot + 1) & mask;\n"
                + "            }\n"
                + "            slots[slot] = group + 1;\n"
                + "        }\n"
                + "        " + name + "Slots = slots;\n"
                + "    }\n");
        // The key parameters of Find and Insert, as {type, name}: Find passes them on to Insert as they are.
        List<String[]> parameters = new ArrayList<>();
        parameters.add(new String[] {"int", "hash"});
        // Keys compare exactly (primitives, packed short strings); the hash is compared first only
        // before comparing the bytes of a long string. Keys that cannot be NULL skip the NULL flags.
        List<String> equal = new ArrayList<>();
        StringBuilder store = new StringBuilder();
        for (int k = 0; k < keyCount; k++) {
            DataType t = keyTypes.get(k);
            String key = "key" + k;
            String stored = name + "Key" + k;
            String match;
            if (t.physical() == PhysicalType.STRING) {
                parameters.add(new String[] {"byte[]", key});
                parameters.add(new String[] {"int", key + "From"});
                parameters.add(new String[] {"int", key + "To"});
                parameters.add(new String[] {"long", key + "Packed"});
                match = stored + "Packed[group] == " + key + "Packed && (" + key + "Packed != " + F + "LONG_STRING_KEY || ("
                        + name + "Hashes[group] == hash && " + F + "equalBytes(" + stored + "Data, " + stored + "From[group], "
                        + stored + "To[group], " + key + ", " + key + "From, " + key + "To)))";
                store.append("        ").append(stored).append("Packed[group] = ").append(key).append("Packed;\n");
                store.append("        int ").append(key).append("Length = ").append(key).append("To - ").append(key).append("From;\n")
                        .append("        if (").append(stored).append("Size + ").append(key).append("Length > ").append(stored)
                        .append("Data.length) {\n            runtime.reserve(").append(stored).append("Data.length);\n            ")
                        .append(stored).append("Data = java.util.Arrays.copyOf(").append(stored).append("Data, Math.max(")
                        .append(stored).append("Data.length * 2, ").append(stored).append("Size + ").append(key)
                        .append("Length));\n        }\n")
                        .append("        System.arraycopy(").append(key).append(", ").append(key).append("From, ").append(stored)
                        .append("Data, ").append(stored).append("Size, ").append(key).append("Length);\n")
                        .append("        ").append(stored).append("From[group] = ").append(stored).append("Size;\n")
                        .append("        ").append(stored).append("Size += ").append(key).append("Length;\n")
                        .append("        ").append(stored).append("To[group] = ").append(stored).append("Size;\n");
            } else {
                parameters.add(new String[] {JavaTypes.primitive(t), key});
                match = t.physical() == PhysicalType.DOUBLE
                        ? F + "equalDouble(" + stored + "[group], " + key + ")"
                        : stored + "[group] == " + key;
                store.append("        ").append(stored).append("[group] = ").append(key).append(";\n");
            }
            equal.add(keyMayBeNull[k]
                    ? "(" + stored + "Null[group] == " + key + "Null && (" + key + "Null || (" + match + ")))"
                    : "(" + match + ")");
            parameters.add(new String[] {"boolean", key + "Null"});
            store.append("        ").append(stored).append("Null[group] = ").append(key).append("Null;\n");
        }
        String params = String.join(", ", parameters.stream().map(p -> p[0] + " " + p[1]).toList());
        String arguments = String.join(", ", parameters.stream().map(p -> p[1]).toList());
        type.method("    /** The id of the group with these keys, inserting a new group when there is none yet. */\n"
                + "    private int " + name + "Find(" + params + ") {\n"
                + "        int[] slots = " + name + "Slots;\n"
                + "        int mask = slots.length - 1;\n"
                + "        int slot = (hash ^ (hash >>> 16)) & mask;\n"
                + "        int entry;\n"
                + "        while ((entry = slots[slot]) != 0) {\n"
                + "            int group = entry - 1;\n"
                + "            if (" + String.join("\n                    && ", equal) + ") {\n"
                + "                return group;\n"
                + "            }\n"
                + "            slot = (slot + 1) & mask;\n"
                + "        }\n"
                + "        return " + name + "Insert(slot, " + arguments + ");\n"
                + "    }\n");
        type.method("    /** Adds a group for keys not in the table, at the free slot the probe ended on. */\n"
                + "    private int " + name + "Insert(int slot, " + params + ") {\n"
                + "        int group = " + name + "Groups;\n"
                + "        if (group == " + name + "Capacity) {\n"
                + "            " + name + "Grow();\n"
                + "        }\n"
                + "        " + name + "Hashes[group] = hash;\n"
                + store
                + "        " + name + "Slots[slot] = group + 1;\n"
                + "        " + name + "Groups = group + 1;\n"
                + "        if (" + name + "Groups * 2 > " + name + "Slots.length) {\n"
                + "            " + name + "Rehash();\n"
                + "        }\n"
                + "        return group;\n"
                + "    }\n");
    }

    private List<State> states() {
        List<State> states = new ArrayList<>();
        int i = 0;
        for (NamedExpression a : aggregate.aggregates()) {
            AggregateCall call = (AggregateCall) a.expression();
            states.add(new State(call, "Agg" + i++, sharableSum(call, states)));
        }
        return states;
    }

    /**
     * An earlier SUM whose running sum an AVG of the same argument can share, or null. Only when both
     * keep the same representation (an exact decimal or a double sum, added in the same order) and the
     * SUM comes first: the interpreter updates aggregates in order, so an overflow raises the SUM's
     * error in both engines. Final aggregation merges separate partial columns and shares nothing.
     */
    private State sharableSum(AggregateCall call, List<State> earlier) {
        if (call.function() != AggregateCall.Function.AVG || aggregate.mode() == AggregateMode.FINAL) {
            return null;
        }
        DataType argument = call.argument().type();
        if (!argument.isDecimal() && argument.physical() != PhysicalType.DOUBLE) {
            return null;
        }
        for (State state : earlier) {
            if (state.call.function() == AggregateCall.Function.SUM && state.call.argument().equals(call.argument())) {
                return state;
            }
        }
        return null;
    }

    /**
     * The per-group counter of rows whose NULL flag is {@code isNull} (so not NULL), shared by every
     * state counting under the same flag; the increment is emitted where the counter is first asked
     * for, inside a block the row enters exactly when its flag is false.
     */
    private String counter(String isNull, String group, CodeBuilder c) {
        String existing = counters.get(isNull);
        if (existing != null) {
            return existing;
        }
        String array = array("long", "Rows" + counters.size());
        counters.put(isNull, array);
        c.line(array + "[" + group + "]++;");
        return array;
    }

    /** The per-group state arrays of one aggregate and the code that updates and outputs them. */
    private final class State {
        final AggregateCall call;
        final int columns;
        private final String value;
        /** MIN/MAX: whether the group has a value yet. */
        private final String seen;
        /** COUNT and AVG: the count (after the shuffle, a sum of partial counts; before, maybe shared). */
        private String count;
        /**
         * SUM: the counter of the group's non-NULL arguments, whose zero means a NULL sum; null when
         * the aggregation has keys and every input row's argument is known not to be NULL (a group
         * then always has a sum).
         */
        private String sumCounter;
        private final DataType argumentType;
        private final String typeConstant;
        /** For an AVG, the SUM state whose value array is its running sum (updated by that SUM). */
        private final State sharedSum;

        State(AggregateCall call, String suffix, State sharedSum) {
            this.call = call;
            this.sharedSum = sharedSum;
            this.argumentType = call.argument() == null ? null : call.argument().type();
            this.typeConstant = type.constant("type", "io.minispark.types.DataType", JavaTypes.constant(call.type()));
            boolean merging = aggregate.mode() == AggregateMode.FINAL;
            switch (call.function()) {
                case COUNT -> {
                    columns = 1;
                    value = null;
                    seen = null;
                    count = merging ? array("long", suffix + "Count") : null;
                }
                case SUM -> {
                    columns = 1;
                    value = array(JavaTypes.primitive(call.type()), suffix + "Value");
                    seen = null;
                }
                case MIN, MAX -> {
                    columns = 1;
                    value = array(JavaTypes.primitive(call.type()), suffix + "Value");
                    seen = array("boolean", suffix + "Seen");
                }
                case AVG -> {
                    columns = 2;
                    value = sharedSum != null ? sharedSum.value : array(argumentType.isDecimal() ? "long" : "double", suffix + "Sum");
                    seen = null;
                    count = merging ? array("long", suffix + "Count") : null;
                }
                default -> throw new UnsupportedStage(call.function() + " is not compiled");
            }
        }

        private String sumTypeConstant() {
            DataType sumType = DataType.decimal(DataType.MAX_DECIMAL_PRECISION, argumentType.scale());
            return type.constant("type", "io.minispark.types.DataType", JavaTypes.constant(sumType));
        }

        /** Code run for rows where {@code isNull} is false: all of them when it is the constant false. */
        private void openUnlessNull(String isNull, CodeBuilder c) {
            c.open(isNull.equals("false") ? "" : "if (!" + isNull + ")");
        }

        /** Adds one input row's argument (null for COUNT(*)). */
        void accumulate(String group, Value argument, CodeBuilder c) {
            String g = "[" + group + "]";
            switch (call.function()) {
                case COUNT -> {
                    String isNull = argument == null ? "false" : argument.isNull();
                    openUnlessNull(isNull, c);
                    count = counter(isNull, group, c);
                    c.close();
                }
                case SUM -> {
                    openUnlessNull(argument.isNull(), c);
                    if (call.type().physical() == PhysicalType.DOUBLE) {
                        c.line(value + g + " += " + argument.value() + ";");
                    } else {
                        c.line(value + g + " = " + F + "addSum(" + value + g + ", " + argument.value() + ", " + typeConstant + ");");
                    }
                    // A group exists only once a row reached it, so with a never-NULL argument it has a sum;
                    // not so the single group of an aggregation without keys, which exists for no rows too.
                    boolean alwaysSummed = argument.isNull().equals("false") && keyCount > 0;
                    sumCounter = alwaysSummed ? null : counter(argument.isNull(), group, c);
                    c.close();
                }
                case AVG -> {
                    openUnlessNull(argument.isNull(), c);
                    if (sharedSum != null) {
                        c.line("// the running sum is " + sharedSum.value);
                    } else if (argumentType.isDecimal()) {
                        c.line(value + g + " = " + F + "addAverage(" + value + g + ", " + argument.value() + ", "
                                + sumTypeConstant() + ");");
                    } else {
                        c.line(value + g + " += (double) " + argument.value() + ";");
                    }
                    count = counter(argument.isNull(), group, c);
                    c.close();
                }
                case MIN, MAX -> minMax(group, argument, c);
            }
        }

        private void minMax(String group, Value argument, CodeBuilder c) {
            String g = "[" + group + "]";
            String better = call.function() == AggregateCall.Function.MAX ? ">" : "<";
            String test = argument.type().physical() == PhysicalType.DOUBLE
                    ? F + "compareDouble(" + argument.value() + ", " + value + g + ") " + better + " 0"
                    : argument.value() + " " + better + " " + value + g;
            c.open("if (!" + argument.isNull() + " && (!" + seen + g + " || " + test + "))");
            c.line(value + g + " = " + argument.value() + ";");
            c.line(seen + g + " = true;");
            c.close();
        }

        /** Adds one partial row's state columns. */
        void merge(String group, List<Value> state, CodeBuilder c) {
            String g = "[" + group + "]";
            switch (call.function()) {
                case COUNT -> c.open("if (!" + state.get(0).isNull() + ")").line(count + g + " += " + state.get(0).value() + ";").close();
                case SUM, MIN, MAX -> accumulate(group, state.get(0), c);
                case AVG -> {
                    c.open("if (!" + state.get(0).isNull() + " && !" + state.get(1).isNull() + ")");
                    if (argumentType.isDecimal()) {
                        c.line(value + g + " = " + F + "addAverage(" + value + g + ", " + state.get(0).value() + ", "
                                + sumTypeConstant() + ");");
                    } else {
                        c.line(value + g + " += " + state.get(0).value() + ";");
                    }
                    c.line(count + g + " += " + state.get(1).value() + ";");
                    c.close();
                }
            }
        }

        /** Appends this aggregate's output columns for a group: states (PARTIAL) or the final value. */
        void output(String group, List<Value> row, CodeBuilder c) {
            String g = "[" + group + "]";
            boolean partial = aggregate.mode() == AggregateMode.PARTIAL;
            switch (call.function()) {
                case COUNT -> row.add(Value.of(DataType.BIGINT, "false", count + g));
                case SUM -> {
                    String sumIsNull = sumCounter == null ? "false" : "(" + sumCounter + g + " == 0)";
                    if (!partial && call.type().isDecimal()) {
                        c.open("if (!" + sumIsNull + " && !io.minispark.types.Decimals.fits(" + value + g + ", "
                                + call.type().precision() + "))");
                        c.line("throw " + F + "sumOverflow(" + typeConstant + ");");
                        c.close();
                    }
                    row.add(Value.of(call.type(), sumIsNull, value + g));
                }
                case MIN, MAX -> row.add(Value.of(call.type(), "!" + seen + g, value + g));
                case AVG -> {
                    if (partial) {
                        DataType sumType = argumentType.isDecimal()
                                ? DataType.decimal(DataType.MAX_DECIMAL_PRECISION, argumentType.scale()) : DataType.DOUBLE;
                        row.add(Value.of(sumType, "false", value + g));
                        row.add(Value.of(DataType.BIGINT, "false", count + g));
                    } else {
                        String average = type.fresh(name + "Average");
                        String divisor = argumentType.isDecimal()
                                ? " / " + ExpressionCodeGenerator.doubleLiteral(Decimals.powerOfTen(argumentType.scale())) : "";
                        c.line("double " + average + " = " + count + g + " == 0 ? 0.0 : " + value + g + divisor + " / "
                                + count + g + ";");
                        row.add(Value.of(DataType.DOUBLE, "(" + count + g + " == 0)", average));
                    }
                }
            }
        }
    }
}
