package org.rosterbridge.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Clever id to local id of one district's records, what the {@link Applier} resolves references, links,
 * owners and history with. The Applier loads a kind right after writing its records, so later kinds (and
 * links) see the ids just created. {@link #wholeKinds} reads every record of a kind, which suits a full sync;
 * {@link #named} reads only the Clever ids a plan names, so an event page costs what the page touches, not
 * what the district holds.
 */
sealed interface LocalIds {

    /** The local id of the district's record of {@code kind} with this Clever id, archived or not; 0 if none. */
    long find(Kind kind, String cleverId);

    /** Reads the ids of {@code kind} in district {@code districtId} (again), after its records were written. */
    void load(Kind kind, long districtId);

    /** Every record of each kind loaded. */
    static LocalIds wholeKinds(Handle handle) {
        return new WholeKinds(handle);
    }

    /**
     * Only the records {@code plan} names: its records, their references, and the targets of the links it writes
     * or records in history (all of them for a new, restored, linked or archived record; those that differ for an
     * update).
     */
    static LocalIds named(Handle handle, Plan plan) {
        return new Named(handle, namedBy(plan));
    }

    /** The Clever ids per kind that applying {@code plan} looks up. */
    static Map<Kind, Set<String>> namedBy(Plan plan) {
        Map<Kind, Set<String>> named = new EnumMap<>(Kind.class);
        for (PlannedAction action : plan.actions()) {
            if (action instanceof PlannedAction.Unchanged) {
                continue;
            }
            add(named, action.kind(), action.cleverId());
            action.rows().forEach(row -> references(named, row));
            if (action instanceof PlannedAction.Update u) {
                // An update writes, and records in history, only the links that differ: a section whose roster
                // gained one student names that student, not the whole class.
                Set<Link> before = new HashSet<>(u.before().links());
                Set<Link> after = new HashSet<>(u.after().links());
                before.stream().filter(l -> !after.contains(l)).forEach(l -> target(named, l));
                after.stream().filter(l -> !before.contains(l)).forEach(l -> target(named, l));
            } else {
                action.rows().forEach(row -> row.links().forEach(l -> target(named, l)));
            }
        }
        return named;
    }

    private static void references(Map<Kind, Set<String>> named, Row row) {
        List<Column> columns = row.kind().columns();
        for (int i = 0; i < columns.size(); i++) {
            String value = row.values().get(i);
            columns.get(i).target().ifPresent(target -> add(named, target, value));
        }
    }

    private static void target(Map<Kind, Set<String>> named, Link link) {
        link.type().target().ifPresent(target -> add(named, target, link.key()));
    }

    private static void add(Map<Kind, Set<String>> named, Kind kind, String cleverId) {
        if (!cleverId.isEmpty()) {
            named.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(cleverId);
        }
    }

    /** Reads whole kinds: one query per kind, every record of the district. */
    final class WholeKinds implements LocalIds {
        private final Handle handle;
        private final Map<Kind, Map<String, Long>> ids = new EnumMap<>(Kind.class);

        WholeKinds(Handle handle) {
            this.handle = handle;
        }

        @Override
        public long find(Kind kind, String cleverId) {
            return ids.getOrDefault(kind, Map.of()).getOrDefault(cleverId, 0L);
        }

        @Override
        public void load(Kind kind, long districtId) {
            Map<String, Long> loaded = new HashMap<>();
            Query query = handle.createQuery("select clever_id, id from " + kind.table()
                            + " where clever_id is not null and " + districtFilter(kind))
                    .bind("d", districtId);
            read(query, loaded);
            ids.put(kind, loaded);
        }
    }

    /** Reads only named Clever ids, by the unique {@code clever_id} index in chunks. */
    final class Named implements LocalIds {
        private static final int CHUNK = 500;

        private final Handle handle;
        private final Map<Kind, Set<String>> named;
        private final Map<Kind, Map<String, Long>> ids = new EnumMap<>(Kind.class);

        Named(Handle handle, Map<Kind, Set<String>> named) {
            this.handle = handle;
            this.named = named;
        }

        @Override
        public long find(Kind kind, String cleverId) {
            return ids.getOrDefault(kind, Map.of()).getOrDefault(cleverId, 0L);
        }

        @Override
        public void load(Kind kind, long districtId) {
            List<String> wanted = new ArrayList<>(named.getOrDefault(kind, Set.of()));
            Map<String, Long> loaded = new HashMap<>();
            for (int i = 0; i < wanted.size(); i += CHUNK) {
                Collection<String> chunk = wanted.subList(i, Math.min(wanted.size(), i + CHUNK));
                Query query = handle.createQuery("select clever_id, id from " + kind.table()
                                + " where clever_id in (<ids>) and " + districtFilter(kind))
                        .bind("d", districtId)
                        .bindList("ids", List.copyOf(chunk));
                read(query, loaded);
            }
            ids.put(kind, loaded);
        }
    }

    private static String districtFilter(Kind kind) {
        return kind == Kind.DISTRICT ? "id = :d" : "district_id = :d";
    }

    private static void read(Query query, Map<String, Long> into) {
        query.map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> into.put(e.getKey(), e.getValue()));
    }
}
