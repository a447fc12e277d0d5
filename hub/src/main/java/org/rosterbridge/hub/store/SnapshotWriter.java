package org.rosterbridge.hub.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.User;
import org.rosterbridge.clever.api.EventAction;
import org.rosterbridge.hub.compact.IntList;
import org.rosterbridge.hub.compact.LongList;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * Diffs an upload against the served snapshot as its records stream in, and builds the new snapshot:
 * each record is encoded, hashed and looked up in the served catalog; unchanged records keep their stored
 * version, new and changed ones are parked to be packed, and what the upload no longer has becomes a
 * deletion. {@link #finish} packs the new versions in id order and returns the changes with the new
 * catalog, built here rather than read back. The served snapshot is untouched throughout.
 *
 * <p>Not thread-safe; one per upload. Close it to remove its work files.
 */
public final class SnapshotWriter implements Consumer<CleverObject>, AutoCloseable {
    private final Catalog base;
    private final int snapshot;
    private final Instant at;
    private final long now;
    private final ChangeSet changes;
    private final Map<Kind, BitSet> seen = new EnumMap<>(Kind.class);
    private final Map<Kind, Columns> columns = new EnumMap<>(Kind.class);
    private final ByteWriter bytes = new ByteWriter();
    private final PackWriter packs;
    private final LinkSpill links;
    private final boolean parallel;

    SnapshotWriter(Catalog base, int snapshot, Instant now, Path workDirectory, boolean parallel) {
        this.base = base;
        this.parallel = parallel;
        this.snapshot = snapshot;
        this.at = now;
        this.now = now.toEpochMilli();
        this.changes = new ChangeSet(base);
        this.packs = new PackWriter(workDirectory, snapshot);
        this.links = new LinkSpill(workDirectory);
        for (Kind kind : Kind.values()) {
            seen.put(kind, new BitSet(base.count(kind)));
            columns.put(kind, new Columns());
        }
    }

    /** What an upload changes, and the snapshot it makes. */
    public record Written(ChangeSet changes, Catalog catalog) {}

    @Override
    public void accept(CleverObject record) {
        Kind kind = Kind.of(record);
        bytes.reset();
        RecordCodec.write(bytes, record);
        long hash = bytes.hash();
        Table table = base.table(kind);
        int old = table.find(record.id());
        if (old >= 0 && seen.get(kind).get(old)) {
            return;
        }
        links.add(record);
        long hi = IdColumn.high(record.id());
        int lo = IdColumn.low(record.id());
        if (old < 0) {
            long pending = pending(packs.add(bytes.toBytes(), now, now));
            columns.get(kind).add(hi, lo, pending, hash, now);
            changes.add(kind, EventAction.CREATED, hi, lo, pending, 0);
            count(kind, record, -1);
            return;
        }
        seen.get(kind).set(old);
        if (table.hashes[old] == hash) {
            columns.get(kind).add(hi, lo, table.versions[old], hash, table.created[old]);
            return;
        }
        long pending = pending(packs.add(bytes.toBytes(), table.created[old], now));
        columns.get(kind).add(hi, lo, pending, hash, table.created[old]);
        changes.add(kind, EventAction.UPDATED, hi, lo, pending, table.versions[old]);
        count(kind, record, old);
    }

    // Versions are numbered only when packed; until then a version is minus one more than its parked index.
    private static long pending(int index) {
        return -(index + 1L);
    }

    /**
     * Packs the new versions (from pack {@code firstPack} on) and builds the new snapshot's catalog. The
     * relations need only the ids and the packs only the versions, so a parallel writer builds the one
     * while it stores the other; the catalog's versions are resolved once both are done, before it is
     * handed out.
     */
    Written finish(Handle handle, long firstPack) {
        deletions();
        Map<Kind, Table> tables = new EnumMap<>(Kind.class);
        columns.forEach((kind, c) -> tables.put(kind, c.table()));
        columns.clear();
        Side<Catalog> relations = Side.of(parallel, "hub-ingest-links", () -> relations(tables));
        long[] packed;
        try {
            packed = packs.finish(handle, firstPack, pendingOrder(tables));
        } finally {
            relations.await();
        }
        Catalog catalog = relations.result();
        tables.values().forEach(table -> resolve(table.versions, packed));
        for (int i = 0; i < changes.recorded(); i++) {
            long version = changes.versions.get(i);
            if (version < 0) {
                changes.versions.set(i, packed[(int) (-version - 1)]);
            }
        }
        return new Written(changes, catalog);
    }

    private Catalog relations(Map<Kind, Table> tables) {
        LinksBuilder builder = new LinksBuilder(tables);
        links.replay(builder, tables, parallel);
        return builder.catalog(snapshot, at);
    }

    // The parked versions' indices, in ascending kind and id.
    private static int[] pendingOrder(Map<Kind, Table> tables) {
        IntList order = new IntList();
        for (Kind kind : Kind.values()) {
            for (long version : tables.get(kind).versions) {
                if (version < 0) {
                    order.add((int) (-version - 1));
                }
            }
        }
        return order.toArray();
    }

    private static void resolve(long[] versions, long[] packed) {
        for (int i = 0; i < versions.length; i++) {
            if (versions[i] < 0) {
                versions[i] = packed[(int) (-versions[i] - 1)];
            }
        }
    }

    private void deletions() {
        for (Kind kind : Kind.values()) {
            Table table = base.table(kind);
            BitSet kept = seen.get(kind);
            for (int old = kept.nextClearBit(0); old < table.size(); old = kept.nextClearBit(old + 1)) {
                changes.add(kind, EventAction.DELETED, table.ids.high(old), table.ids.low(old), table.versions[old], 0);
                countDeleted(kind, old);
            }
        }
    }

    private void count(Kind kind, CleverObject record, int old) {
        if (kind == Kind.DISTRICT) {
            return;
        }
        if (kind != Kind.USER) {
            changes.tally(Category.of(kind), old < 0 ? EventAction.CREATED : EventAction.UPDATED);
            return;
        }
        User user = (User) record;
        for (Role role : user.roles().held()) {
            boolean had = old >= 0 && base.hasRole(old, role);
            changes.tally(Category.of(role), had ? EventAction.UPDATED : EventAction.CREATED);
        }
        for (Role role : Role.values()) {
            if (old >= 0 && base.hasRole(old, role) && !user.has(role)) {
                changes.tally(Category.of(role), EventAction.DELETED);
            }
        }
    }

    private void countDeleted(Kind kind, int old) {
        if (kind == Kind.USER) {
            for (Role role : Role.values()) {
                if (base.hasRole(old, role)) {
                    changes.tally(Category.of(role), EventAction.DELETED);
                }
            }
        } else if (kind != Kind.DISTRICT) {
            changes.tally(Category.of(kind), EventAction.DELETED);
        }
    }

    @Override
    public void close() {
        packs.close();
        links.close();
    }

    /** One kind's records of the new snapshot, in arrival order. */
    private static final class Columns {
        private final IdColumn ids = new IdColumn(64);
        private final LongList versions = new LongList();
        private final LongList hashes = new LongList();
        private final LongList created = new LongList();

        void add(long hi, int lo, long version, long hash, long createdAt) {
            ids.add(hi, lo);
            versions.add(version);
            hashes.add(hash);
            created.add(createdAt);
        }

        Table table() {
            return Table.sorted(ids, versions, hashes, created);
        }
    }
}
