package org.rosterbridge.sync;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every action of a run in apply order (by {@link Kind}), and the matches left for review. */
record Plan(List<PlannedAction> actions, List<Review> reviews) {

    Plan {
        actions = List.copyOf(actions);
        reviews = List.copyOf(reviews);
    }

    /** Per kind, how many records each action touches. */
    Map<Kind, Counts> counts() {
        Map<Kind, Counts> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, Counts.ZERO);
        }
        for (PlannedAction action : actions) {
            counts.merge(action.kind(), Counts.of(action), Counts::plus);
        }
        return counts;
    }

    boolean changesNothing() {
        return actions.stream().allMatch(a -> a instanceof PlannedAction.Unchanged);
    }
}
