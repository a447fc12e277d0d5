package org.rosterbridge.hub.store;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.api.Stamped;
import org.rosterbridge.clever.api.Stamps;

/** Reads record versions back from their packs. */
final class Packs {
    private Packs() {}

    static long packOf(long version) {
        return version >>> 8;
    }

    /** The records (with their times) of {@code versions}; versions that no longer exist are absent. */
    static Map<Long, Stamped> read(Handle handle, List<Long> versions) {
        Map<Long, Stamped> result = new HashMap<>();
        TreeSet<Long> packs = new TreeSet<>();
        versions.forEach(v -> packs.add(packOf(v)));
        if (packs.isEmpty()) {
            return result;
        }
        TreeSet<Long> wanted = new TreeSet<>(versions);
        handle.createQuery("SELECT pack, body FROM record_pack WHERE pack = ANY(:packs)")
                .bindArray("packs", Long.class, new ArrayList<>(packs))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getBytes(2)))
                .forEach(pack -> decode(pack.getKey(), pack.getValue(), wanted, result));
        return result;
    }

    private static void decode(long pack, byte[] body, TreeSet<Long> wanted, Map<Long, Stamped> result) {
        ByteBuffer in = ByteBuffer.wrap(body);
        for (long version = pack << 8; in.hasRemaining(); version++) {
            long created = in.getLong();
            long modified = in.getLong();
            int length = in.getInt();
            if (wanted.contains(version)) {
                byte[] record = new byte[length];
                in.get(record);
                CleverObject object = RecordCodec.read(record);
                result.put(
                        version,
                        new Stamped(object, new Stamps(Instant.ofEpochMilli(created), Instant.ofEpochMilli(modified))));
            } else {
                in.position(in.position() + length);
            }
        }
    }
}
