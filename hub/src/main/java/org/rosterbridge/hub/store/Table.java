package org.rosterbridge.hub.store;

import org.rosterbridge.clever.CleverId;
import org.rosterbridge.hub.compact.LongList;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * The records of one kind in a snapshot, in ascending id order: position {@code p} is the p-th smallest id,
 * with its stored version, content hash and creation time (kept so an update keeps it). Immutable once
 * built.
 */
final class Table {
    static final Table EMPTY = new Table(new IdColumn(0), new long[0], new long[0], new long[0]);

    final IdColumn ids;
    final long[] versions;
    final long[] hashes;
    final long[] created;

    Table(IdColumn ids, long[] versions, long[] hashes, long[] created) {
        this.ids = ids;
        this.versions = versions;
        this.hashes = hashes;
        this.created = created;
    }

    int size() {
        return ids.size();
    }

    int find(CleverId id) {
        return ids.find(id);
    }

    /** A table of the rows collected so far, sorted by id. */
    static Table sorted(IdColumn ids, LongList versions, LongList hashes, LongList created) {
        int[] order = ids.sortedOrder();
        return new Table(
                ids.permuted(order), versions.permuted(order), hashes.permuted(order), created.permuted(order));
    }
}
