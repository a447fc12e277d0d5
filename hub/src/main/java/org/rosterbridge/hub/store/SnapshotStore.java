package org.rosterbridge.hub.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.api.CleverJson;
import org.rosterbridge.clever.api.Event;
import org.rosterbridge.clever.api.Stamped;

/**
 * The hub's persistent state: snapshots and their reports, every version of every record, events, and a few
 * settings. Records are stored once per version (binary, see {@link RecordCodec}) with the range of
 * snapshots that see them, so an upload that changes 1 % of a district writes 1 % of it, a held snapshot
 * sits beside the served one without disturbing it, and a discarded one is removed by its number.
 *
 * <p>Thread-safe; each call takes its own connection. Writes come from one ingest thread at a time.
 */
public final class SnapshotStore {
    private final Jdbi jdbi;

    public SnapshotStore(Database database) {
        this.jdbi = database.jdbi();
    }

    // ---- settings

    public Optional<String> setting(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting FROM hub_meta WHERE name = :n")
                .bind("n", name)
                .mapTo(String.class)
                .findOne());
    }

    /** The setting {@code name}, stored as {@code initial} if it has none yet. */
    public String settingOrInit(String name, String initial) {
        return setting(name).orElseGet(() -> {
            jdbi.useHandle(h -> h.execute("INSERT INTO hub_meta (name, setting) VALUES (?, ?)", name, initial));
            return initial;
        });
    }

    // ---- snapshots

    public int nextSnapshot() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM snapshot")
                .mapTo(Integer.class)
                .one());
    }

    public void insert(SnapshotInfo info) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO snapshot (seq, state, received_at, decided_at, fingerprint, "
                        + "errors, warnings, report, changes, reason) VALUES (:seq, :state, :received, :decided, "
                        + ":fingerprint, :errors, :warnings, :report, :changes, :reason)")
                .bind("seq", info.seq())
                .bind("state", info.state().name())
                .bind("received", info.receivedAt().toEpochMilli())
                .bind("decided", info.decidedAt().toEpochMilli())
                .bind("fingerprint", info.fingerprint())
                .bind("errors", info.errors())
                .bind("warnings", info.warnings())
                .bind("report", info.report())
                .bind("changes", info.changes())
                .bind("reason", info.reason())
                .execute());
    }

    /** Records a decision on snapshot {@code seq}. */
    public void decide(int seq, SnapshotState state, Instant at, String changes, String reason) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE snapshot SET state = :state, decided_at = :at, changes = :changes, "
                        + "reason = :reason WHERE seq = :seq")
                .bind("state", state.name())
                .bind("at", at.toEpochMilli())
                .bind("changes", changes)
                .bind("reason", reason)
                .bind("seq", seq)
                .execute());
    }

    public List<SnapshotInfo> snapshots() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM snapshot ORDER BY seq")
                .map((rs, ctx) -> new SnapshotInfo(
                        rs.getInt("seq"),
                        SnapshotState.valueOf(rs.getString("state")),
                        Instant.ofEpochMilli(rs.getLong("received_at")),
                        Instant.ofEpochMilli(rs.getLong("decided_at")),
                        rs.getString("fingerprint"),
                        rs.getLong("errors"),
                        rs.getLong("warnings"),
                        rs.getString("report"),
                        rs.getString("changes"),
                        rs.getString("reason")))
                .list());
    }

    public Optional<SnapshotInfo> snapshot(int seq) {
        return snapshots().stream().filter(s -> s.seq() == seq).findFirst();
    }

    /** The snapshot served: the latest published one. */
    public Optional<SnapshotInfo> current() {
        return latest(SnapshotState.PUBLISHED);
    }

    public Optional<SnapshotInfo> latest(SnapshotState state) {
        List<SnapshotInfo> all = snapshots();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).state() == state) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    // ---- writing

    /** A writer storing snapshot {@code seq} as a diff against {@code base}; close it when done. */
    public OpenWriter openWriter(Catalog base, int seq, Instant now) {
        Handle handle = jdbi.open();
        long first = handle.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM record_version")
                .mapTo(Long.class)
                .one();
        return new OpenWriter(handle, new SnapshotWriter(handle, base, seq, now, first));
    }

    /** A snapshot writer with the connection it holds. */
    public record OpenWriter(Handle handle, SnapshotWriter writer) implements AutoCloseable {
        @Override
        public void close() {
            handle.close();
        }
    }

    /** Writes the events of snapshot {@code seq}; they stay hidden until it is published. */
    public void writeEvents(int seq, ChangeSet changes, Instant now) {
        jdbi.useHandle(h -> new EventWriter(h, seq, now).write(changes));
    }

    /** Removes every trace of snapshot {@code seq}'s records and events, reopening what it had closed. */
    public void removeVersions(int seq) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM event WHERE snapshot = ?", seq);
            h.execute("DELETE FROM record_version WHERE valid_from = ?", seq);
            h.execute("UPDATE record_version SET valid_to = ? WHERE valid_to = ?", SnapshotWriter.OPEN, seq);
        });
    }

    /** The catalog of snapshot {@code seq}. */
    public Catalog catalog(int seq, Instant publishedAt) {
        return jdbi.withHandle(h -> CatalogLoader.load(h, seq, publishedAt));
    }

    // ---- reading

    /** The records of {@code selection} from index {@code from} (inclusive) to {@code to}, in order. */
    public List<Stamped> records(Selection selection, int from, int to) {
        Table table = selection.table();
        List<Long> versions = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            versions.add(table.versions[selection.position(i)]);
        }
        Map<Long, CleverObject> bodies = jdbi.withHandle(h -> Bodies.load(h, versions));
        List<Stamped> records = new ArrayList<>(versions.size());
        for (int i = from; i < to; i++) {
            int position = selection.position(i);
            CleverObject record = bodies.get(table.versions[position]);
            if (record != null) {
                records.add(new Stamped(record, table.stamps(position)));
            }
        }
        return records;
    }

    /** The record at {@code position} of {@code kind} in {@code catalog}. */
    public Optional<Stamped> record(Catalog catalog, Kind kind, OptionalInt position) {
        if (position.isEmpty()) {
            return Optional.empty();
        }
        Selection one = Selection.of(kind, kind.v3Type(), catalog.table(kind), new int[] {position.getAsInt()});
        return records(one, 0, 1).stream().findFirst();
    }

    // ---- events

    /** The sequence number of event {@code id} if {@code api} (2 or 3) sees it in snapshot {@code current}. */
    public OptionalLong eventSeq(CleverId id, int current, int api) {
        return jdbi.withHandle(h -> EventLog.seqOf(h, id, current, api));
    }

    /** A page of events, as Clever events of {@code json}'s version. */
    public EventPage events(EventQuery query, int current, CleverJson json) {
        return jdbi.withHandle(h -> {
            EventLog.Page page = EventLog.page(h, query, current);
            return new EventPage(EventLog.events(h, page.rows(), json), page.more(), page.earlier());
        });
    }

    /** A page of events. */
    public record EventPage(List<Event> events, boolean more, boolean earlier) {
        public EventPage {
            events = List.copyOf(events);
        }
    }

    /**
     * Drops events older than {@code before} and the versions nothing needs any more: closed before the
     * served snapshot and not the object of a remaining event.
     */
    public void prune(Instant before, int current) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM event WHERE created_at < ?", before.toEpochMilli());
            h.execute(
                    "DELETE FROM record_version WHERE valid_to <= ? AND NOT EXISTS (SELECT 1 FROM event e WHERE "
                            + "e.version = record_version.seq OR e.old_version = record_version.seq)",
                    current);
        });
    }
}
