package io.minispark.exec.operator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** A deliberately naive nested-loop join over rows of Java objects, to check the operators against. */
final class ReferenceJoin {
    private ReferenceJoin() {
    }

    static List<List<Object>> join(List<List<Object>> left, List<List<Object>> right, int leftWidth, int rightWidth,
            PhysicalJoinType type, Predicate<List<Object>> condition) {
        List<List<Object>> out = new ArrayList<>();
        boolean[] rightMatched = new boolean[right.size()];
        for (List<Object> l : left) {
            boolean matched = false;
            for (int j = 0; j < right.size(); j++) {
                List<Object> joined = new ArrayList<>(l);
                joined.addAll(right.get(j));
                if (condition.test(joined)) {
                    matched = true;
                    rightMatched[j] = true;
                    if (type.outputsPairs()) {
                        out.add(joined);
                    }
                }
            }
            if (type == PhysicalJoinType.LEFT_SEMI && matched || type == PhysicalJoinType.LEFT_ANTI && !matched) {
                out.add(l);
            }
            if (!matched && (type == PhysicalJoinType.LEFT_OUTER || type == PhysicalJoinType.FULL_OUTER)) {
                List<Object> joined = new ArrayList<>(l);
                joined.addAll(Collections.nCopies(rightWidth, null));
                out.add(joined);
            }
        }
        if (type.keepsUnmatchedRight()) {
            for (int j = 0; j < right.size(); j++) {
                if (!rightMatched[j]) {
                    List<Object> joined = new ArrayList<>(Collections.nCopies(leftWidth, null));
                    joined.addAll(right.get(j));
                    out.add(joined);
                }
            }
        }
        return out;
    }
}
