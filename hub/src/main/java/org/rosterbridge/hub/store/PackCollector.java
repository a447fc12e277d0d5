package org.rosterbridge.hub.store;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Finds and deletes packs no snapshot or event needs: none of their versions is in the served catalog or
 * an event, and they were not written by a held snapshot (whose catalog is not in memory).
 */
final class PackCollector {
    private PackCollector() {}

    static void collect(Handle handle, Catalog served) {
        BitSet needed = new BitSet();
        for (Kind kind : Kind.values()) {
            for (long version : served.table(kind).versions) {
                needed.set((int) Packs.packOf(version));
            }
        }
        handle.createQuery("SELECT version, old_version FROM event")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .forEach(v -> {
                    needed.set((int) Packs.packOf(v[0]));
                    needed.set((int) Packs.packOf(v[1]));
                });
        List<Long> unused = new ArrayList<>();
        handle.createQuery(
                        "SELECT pack FROM record_pack WHERE snapshot NOT IN (SELECT seq FROM snapshot WHERE state = 'HELD')")
                .mapTo(Long.class)
                .forEach(pack -> {
                    if (!needed.get(pack.intValue())) {
                        unused.add(pack);
                    }
                });
        Batch deletes = new Batch(handle, "DELETE FROM record_pack WHERE pack = ?");
        for (Long pack : unused) {
            deletes.add(pack);
            if (deletes.size() >= 1_000) {
                deletes.execute();
            }
        }
        deletes.execute();
    }
}
