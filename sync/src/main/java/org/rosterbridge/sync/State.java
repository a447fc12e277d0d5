package org.rosterbridge.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one district holds before a run: keyed records by Clever id, unkeyed ones by kind. */
final class State {

    private final Map<Kind, Map<String, Stored>> keyed = new EnumMap<>(Kind.class);
    private final Map<Kind, List<Stored>> unkeyed = new EnumMap<>(Kind.class);

    State(Collection<Stored> records) {
        for (Kind kind : Kind.values()) {
            keyed.put(kind, new HashMap<>());
            unkeyed.put(kind, new ArrayList<>());
        }
        records.forEach(this::add);
    }

    static State empty() {
        return new State(List.of());
    }

    private void add(Stored record) {
        if (record.keyed()) {
            keyed.get(record.kind()).put(record.row().cleverId(), record);
        } else {
            unkeyed.get(record.kind()).add(record);
        }
    }

    Optional<Stored> find(Kind kind, String cleverId) {
        return Optional.ofNullable(keyed.get(kind).get(cleverId));
    }

    Collection<Stored> keyed(Kind kind) {
        return keyed.get(kind).values();
    }

    List<Stored> unkeyed(Kind kind) {
        return unkeyed.get(kind);
    }

    long active(Kind kind) {
        return keyed.get(kind).values().stream().filter(s -> !s.archived()).count();
    }
}
