package org.rosterbridge.hub.store;

import java.time.Instant;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.api.Stamps;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * The records of one kind in a snapshot, in ascending id order: position {@code p} is the p-th smallest id,
 * with its stored version, content hash and times. Immutable once built.
 */
final class Table {
    static final Table EMPTY = new Table(new IdColumn(0), new long[0], new long[0], new long[0], new long[0]);

    final IdColumn ids;
    final long[] versions;
    final long[] hashes;
    final long[] created;
    final long[] modified;

    Table(IdColumn ids, long[] versions, long[] hashes, long[] created, long[] modified) {
        this.ids = ids;
        this.versions = versions;
        this.hashes = hashes;
        this.created = created;
        this.modified = modified;
    }

    int size() {
        return ids.size();
    }

    int find(CleverId id) {
        return ids.find(id);
    }

    Stamps stamps(int position) {
        return new Stamps(Instant.ofEpochMilli(created[position]), Instant.ofEpochMilli(modified[position]));
    }

    /** A table of the rows collected so far, sorted by id. */
    static Table sorted(IdColumn ids, LongColumn versions, LongColumn hashes, LongColumn created, LongColumn modified) {
        int[] order = ids.sortedOrder();
        return new Table(
                ids.permuted(order),
                versions.permuted(order),
                hashes.permuted(order),
                created.permuted(order),
                modified.permuted(order));
    }
}
