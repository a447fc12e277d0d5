package org.rosterbridge.hub.store;

import java.util.ArrayList;
import java.util.List;
import org.rosterbridge.clever.api.EventAction;
import org.rosterbridge.hub.compact.IntList;
import org.rosterbridge.hub.ids.IdColumn;

/** The order of a snapshot's events; see {@link EventWriter}. */
final class EventOrder {
    private static final Kind[] UPSERT_PARENTS = {Kind.DISTRICT, Kind.SCHOOL, Kind.TERM, Kind.COURSE};
    private static final Kind[] DELETE_CHILDREN = {Kind.SECTION, Kind.USER};
    private static final Kind[] UPSERT_CHILDREN = {Kind.USER, Kind.SECTION};
    private static final Kind[] DELETE_PARENTS = {Kind.COURSE, Kind.TERM, Kind.SCHOOL, Kind.DISTRICT};

    private EventOrder() {}

    /** Change indices in event order. */
    static int[] of(ChangeSet changes) {
        List<int[]> steps = new ArrayList<>();
        steps.addAll(step(changes, UPSERT_PARENTS, false));
        steps.addAll(step(changes, DELETE_CHILDREN, true));
        steps.addAll(step(changes, UPSERT_CHILDREN, false));
        steps.addAll(step(changes, DELETE_PARENTS, true));
        int[] order = new int[changes.recorded()];
        int at = 0;
        for (int[] step : steps) {
            System.arraycopy(step, 0, order, at, step.length);
            at += step.length;
        }
        return order;
    }

    private static List<int[]> step(ChangeSet changes, Kind[] kinds, boolean deletes) {
        List<int[]> result = new ArrayList<>();
        for (Kind kind : kinds) {
            IntList members = new IntList();
            IdColumn ids = new IdColumn(16);
            for (int i = 0; i < changes.recorded(); i++) {
                boolean deleted = changes.actions.get(i) == EventAction.DELETED.ordinal();
                if (changes.kinds.get(i) == kind.ordinal() && deleted == deletes) {
                    members.add(i);
                    ids.add(changes.idHigh.get(i), changes.idLow.get(i));
                }
            }
            int[] sorted = ids.sortedOrder();
            int[] step = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                step[i] = members.get(sorted[i]);
            }
            result.add(step);
        }
        return result;
    }
}
