package org.rosterbridge.hub.store;

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
import org.rosterbridge.hub.ids.IdColumn;

/**
 * Stores one upload as a new snapshot while diffing it against the snapshot served: each record is encoded,
 * hashed and looked up in the served catalog; only new and changed records are written (as new versions),
 * and the versions they replace, like those of records the upload no longer has, are closed at this
 * snapshot. The served snapshot is untouched, since it sees only versions valid at its own number.
 *
 * <p>Not thread-safe; one per upload. Call {@link #finish} once after the last record.
 */
public final class SnapshotWriter implements Consumer<CleverObject> {
    static final int OPEN = Integer.MAX_VALUE;
    private static final int BATCH = 2_000;

    private final Catalog base;
    private final int snapshot;
    private final long now;
    private final ChangeSet changes;
    private final Map<Kind, BitSet> seen = new EnumMap<>(Kind.class);
    private final ByteWriter bytes = new ByteWriter();
    private final Batch inserts;
    private final Batch closes;
    private long nextVersion;

    SnapshotWriter(Handle handle, Catalog base, int snapshot, Instant now, long firstVersion) {
        this.base = base;
        this.snapshot = snapshot;
        this.now = now.toEpochMilli();
        this.nextVersion = firstVersion;
        this.changes = new ChangeSet(base);
        for (Kind kind : Kind.values()) {
            seen.put(kind, new BitSet(base.count(kind)));
        }
        this.inserts = new Batch(
                handle,
                "INSERT INTO record_version (seq, kind, id, hash, valid_from, valid_to, "
                        + "created_at, modified_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.closes = new Batch(handle, "UPDATE record_version SET valid_to = ? WHERE seq = ?");
    }

    @Override
    public void accept(CleverObject record) {
        Kind kind = Kind.of(record);
        bytes.reset();
        RecordCodec.write(bytes, record);
        long hash = bytes.hash();
        Table table = base.table(kind);
        int old = table.find(record.id());
        if (old < 0) {
            long version = insert(kind, record, hash, now);
            changes.add(kind, EventAction.CREATED, highOf(record), lowOf(record), version, 0);
            count(kind, EventAction.CREATED, record, -1);
        } else if (!seen.get(kind).get(old)) {
            seen.get(kind).set(old);
            if (table.hashes[old] != hash) {
                long version = insert(kind, record, hash, table.created[old]);
                close(table.versions[old]);
                changes.add(kind, EventAction.UPDATED, highOf(record), lowOf(record), version, table.versions[old]);
                count(kind, EventAction.UPDATED, record, old);
            }
        }
    }

    /** Closes what the upload no longer has and returns every change; the writer is done afterwards. */
    public ChangeSet finish() {
        for (Kind kind : Kind.values()) {
            Table table = base.table(kind);
            BitSet kept = seen.get(kind);
            for (int old = kept.nextClearBit(0); old < table.size(); old = kept.nextClearBit(old + 1)) {
                close(table.versions[old]);
                changes.add(kind, EventAction.DELETED, table.ids.high(old), table.ids.low(old), table.versions[old], 0);
                countDeleted(kind, old);
            }
        }
        flush();
        return changes;
    }

    private long insert(Kind kind, CleverObject record, long hash, long created) {
        long version = nextVersion++;
        inserts.add(version, kind.ordinal(), record.id().value(), hash, snapshot, OPEN, created, now, bytes.toBytes());
        if (inserts.size() >= BATCH) {
            flush();
        }
        return version;
    }

    private void close(long version) {
        closes.add(snapshot, version);
        if (closes.size() >= BATCH) {
            flush();
        }
    }

    private void flush() {
        inserts.execute();
        closes.execute();
    }

    private void count(Kind kind, EventAction action, CleverObject record, int old) {
        if (kind == Kind.DISTRICT) {
            return;
        }
        if (kind != Kind.USER) {
            changes.tally(Category.of(kind), action);
            return;
        }
        for (Role role : ((User) record).roles().held()) {
            boolean had = old >= 0 && base.hasRole(old, role);
            changes.tally(Category.of(role), had ? EventAction.UPDATED : EventAction.CREATED);
        }
        if (old >= 0) {
            for (Role role : Role.values()) {
                if (base.hasRole(old, role) && !((User) record).has(role)) {
                    changes.tally(Category.of(role), EventAction.DELETED);
                }
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

    private static long highOf(CleverObject record) {
        return IdColumn.high(record.id());
    }

    private static int lowOf(CleverObject record) {
        return IdColumn.low(record.id());
    }
}
