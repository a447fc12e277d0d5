package org.rosterbridge.hub.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.rosterbridge.clever.CleverObject;

/** Reads stored versions by number. */
final class Bodies {
    private Bodies() {}

    /** The records of {@code versions}; versions that no longer exist are absent from the map. */
    static Map<Long, CleverObject> load(Handle handle, List<Long> versions) {
        Map<Long, CleverObject> result = new HashMap<>();
        if (versions.isEmpty()) {
            return result;
        }
        handle.createQuery("SELECT seq, body FROM record_version WHERE seq = ANY(:versions)")
                .bindArray("versions", Long.class, versions)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), RecordCodec.read(rs.getBytes(2))))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
