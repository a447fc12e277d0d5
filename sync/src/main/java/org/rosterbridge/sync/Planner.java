package org.rosterbridge.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a run does, record by record, without touching the database: feed it what upstream says
 * (every record of a full fetch, or events in order), then ask for the {@link Plan}. Only the net effect
 * per Clever id counts, so the same event twice, or created-then-updated, plans as one action, and a full
 * sync and an event sync of the same history plan the same end state.
 */
final class Planner {

    private final State state;
    private final Matcher matcher;
    private final Map<Kind, Map<String, Entry>> entries = new EnumMap<>(Kind.class);
    // Local ids are per table, so what a run has claimed is kept per kind.
    private final Map<Kind, Set<Long>> claimed = new EnumMap<>(Kind.class);
    private final List<Review> reviews = new ArrayList<>();

    Planner(State state, Matcher matcher) {
        this.state = state;
        this.matcher = matcher;
        for (Kind kind : Kind.values()) {
            entries.put(kind, new LinkedHashMap<>());
            claimed.put(kind, new HashSet<>());
        }
    }

    /** A record exists upstream in this state (from a full fetch, or a created/updated event). */
    void upsert(Row row) {
        Entry entry = entries.get(row.kind()).computeIfAbsent(row.cleverId(), id -> origin(row));
        entry.current = Optional.of(row);
    }

    /** A record is gone upstream (a deleted event). */
    void delete(Kind kind, String cleverId) {
        Entry entry = entries.get(kind).get(cleverId);
        if (entry == null) {
            Optional<Stored> stored = state.find(kind, cleverId);
            entry = new Entry(stored, stored.isPresent() ? "" : "absent");
            entries.get(kind).put(cleverId, entry);
        }
        entry.current = Optional.empty();
    }

    /** After a complete full fetch: every known active record of {@code kind} not seen is gone. */
    void deleteUnseen(Kind kind) {
        Set<String> seen = entries.get(kind).keySet();
        List<Stored> gone = new ArrayList<>();
        for (Stored s : state.keyed(kind)) {
            if (!s.archived()
                    && !seen.contains(s.row().cleverId())
                    && !claimed.get(kind).contains(s.localId())) {
                gone.add(s);
            }
        }
        gone.forEach(s -> delete(kind, s.row().cleverId()));
    }

    Plan plan() {
        List<PlannedAction> actions = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Entry entry : entries.get(kind).values()) {
                entry.action().ifPresent(actions::add);
            }
        }
        return new Plan(actions, reviews);
    }

    private Entry origin(Row row) {
        Optional<Stored> stored = state.find(row.kind(), row.cleverId());
        if (stored.isPresent()) {
            return new Entry(stored, "");
        }
        for (String legacy : row.legacyIds()) {
            Optional<Stored> old = state.find(row.kind(), legacy)
                    .filter(s -> claimed.get(row.kind()).add(s.localId()));
            if (old.isPresent()) {
                return new Entry(old, "legacy_id");
            }
        }
        return matched(row);
    }

    private Entry matched(Row row) {
        MatchResult result = matcher.match(row, candidates(row));
        if (result instanceof MatchResult.Linked linked) {
            claimed.get(row.kind()).add(linked.record().localId());
            return new Entry(Optional.of(linked.record()), linked.key());
        }
        if (result instanceof MatchResult.Ambiguous ambiguous) {
            reviews.add(new Review(row.kind(), row.cleverId(), ambiguous.key(), ambiguous.candidates()));
        }
        return new Entry(Optional.empty(), "");
    }

    private Collection<Stored> candidates(Row row) {
        List<Stored> open = state.unkeyed(row.kind()).stream()
                .filter(s -> !claimed.get(row.kind()).contains(s.localId()))
                .toList();
        if (row.kind() == Kind.USER && Matcher.primaryRole(row).equals("contact")) {
            Set<Long> household = new HashSet<>(Matcher.household(row, this::localIds));
            return open.stream()
                    .filter(s -> s.students().stream().anyMatch(household::contains))
                    .toList();
        }
        return open;
    }

    private List<Long> localIds(String cleverId) {
        Entry entry = entries.get(Kind.USER).get(cleverId);
        if (entry != null && entry.origin.isPresent()) {
            return List.of(entry.origin.get().localId());
        }
        return state.find(Kind.USER, cleverId).map(s -> List.of(s.localId())).orElse(List.of());
    }

    /** One Clever id's story in this run: where it started (a stored record or nothing) and where it is now. */
    private static final class Entry {
        private final Optional<Stored> origin;
        private final String how;
        private Optional<Row> current = Optional.empty();

        Entry(Optional<Stored> origin, String how) {
            this.origin = origin;
            this.how = how;
        }

        Optional<PlannedAction> action() {
            if (origin.isEmpty()) {
                return current.map(PlannedAction.Create::new);
            }
            Stored before = origin.get();
            if (!how.isEmpty() && !how.equals("absent")) {
                return current.map(now -> new PlannedAction.Link(before.localId(), before.row(), now, how));
            }
            if (current.isEmpty()) {
                return before.archived()
                        ? Optional.empty()
                        : Optional.of(new PlannedAction.Archive(before.localId(), before.row()));
            }
            Row now = current.get();
            if (before.archived()) {
                return Optional.of(new PlannedAction.Restore(before.localId(), before.row(), now));
            }
            if (before.fingerprint().equals(now.fingerprint())) {
                return Optional.of(new PlannedAction.Unchanged(before.localId(), now));
            }
            return Optional.of(new PlannedAction.Update(before.localId(), before.row(), now));
        }
    }
}
