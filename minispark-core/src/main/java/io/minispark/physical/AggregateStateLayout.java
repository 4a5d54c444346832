package io.minispark.physical;

import io.minispark.exec.operator.AggregateStates;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.Attribute;
import io.minispark.logical.NamedExpression;
import io.minispark.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns a partial aggregation writes per aggregate: COUNT a BIGINT count, SUM its running sum,
 * AVG a DOUBLE sum (DECIMAL(18, s) for a decimal argument) and a BIGINT count, MIN and MAX the running extreme.
 */
public final class AggregateStateLayout {
    private AggregateStateLayout() {
    }

    public static List<DataType> stateTypes(AggregateCall call) {
        return switch (call.function()) {
            case COUNT -> List.of(DataType.BIGINT);
            case SUM, MIN, MAX -> List.of(call.type());
            case AVG -> List.of(AggregateStates.averageSumType(call.argument() == null ? null : call.argument().type()),
                    DataType.BIGINT);
        };
    }

    /** Fresh attributes for the state columns of every aggregate, in order. */
    static List<Attribute> stateAttributes(List<NamedExpression> aggregates) {
        List<Attribute> out = new ArrayList<>();
        for (NamedExpression a : aggregates) {
            AggregateCall call = (AggregateCall) a.expression();
            List<DataType> types = stateTypes(call);
            if (types.size() == 1) {
                out.add(Attribute.create(null, a.output().name(), types.get(0), true));
            } else {
                out.add(Attribute.create(null, a.output().name() + ".sum", types.get(0), true));
                out.add(Attribute.create(null, a.output().name() + ".count", types.get(1), false));
            }
        }
        return out;
    }
}
