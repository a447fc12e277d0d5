package org.rosterbridge.sync;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The district's records without a Clever id (the app's own, from before Clever), which a new Clever id may
 * match. An event sync reads them once per kind and run, not once per page: between pages only a link changes
 * them (the record then has a Clever id), and {@link #applied} drops those.
 */
final class Unkeyed {

    private final Map<Kind, List<Stored>> byKind = new EnumMap<>(Kind.class);

    /** The unkeyed records of {@code kind} in district {@code districtId}, read on first use. */
    List<Stored> of(StateLoader loader, long districtId, Kind kind) {
        return byKind.computeIfAbsent(kind, k -> loader.unkeyed(districtId, k));
    }

    /** After {@code plan} was applied: the records it linked to a Clever id are no longer unkeyed. */
    void applied(Plan plan) {
        Map<Kind, Set<Long>> linked = new EnumMap<>(Kind.class);
        for (PlannedAction action : plan.actions()) {
            if (action instanceof PlannedAction.Link l) {
                linked.computeIfAbsent(l.kind(), k -> new HashSet<>()).add(l.localId());
            }
        }
        linked.forEach((kind, ids) -> byKind.computeIfPresent(
                kind,
                (k, records) ->
                        records.stream().filter(s -> !ids.contains(s.localId())).toList()));
    }
}
