package org.rosterbridge.hub.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.api.CleverJson;
import org.rosterbridge.clever.api.Event;
import org.rosterbridge.clever.api.Stamped;

/**
 * The hub's persistent state: snapshots and their reports, every version of every record, the catalogs of
 * the served and held snapshots, events, and a few settings. Records are stored once per version (binary,
 * see {@link RecordCodec}), packed in id order, so an upload that changes 1 % of a district writes 1 % of
 * it; a held snapshot sits beside the served one without disturbing it, and a discarded one is removed by
 * its number.
 *
 * <p>Thread-safe; each call takes its own connection. Writes come from one ingest thread at a time.
 */
public final class SnapshotStore {
    private final Jdbi jdbi;
    private final Path workDirectory;

    /** @param workDirectory where an upload's new versions are parked until they are packed */
    public SnapshotStore(Database database, Path workDirectory) {
        this.jdbi = database.jdbi();
        this.workDirectory = workDirectory;
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

    /**
     * A writer diffing an upload against {@code base} as snapshot {@code seq}; close it when done. A
     * {@code parallel} one packs the new versions while it builds the relations, on a second thread.
     */
    public SnapshotWriter openWriter(Catalog base, int seq, Instant now, boolean parallel) {
        return new SnapshotWriter(base, seq, now, workDirectory, parallel);
    }

    /**
     * Stores what {@code writer} collected: packs its new versions and keeps the new catalog. Not one
     * transaction: an XL upload writes about a gigabyte, and H2 holding that uncommitted filled the heap and
     * then failed reading its own file. The snapshot is marked building meanwhile, so a failure or a crash
     * leaves nothing served: {@link #removeVersions} (on failure) and the hub's recovery (after a crash)
     * remove what was written.
     */
    public SnapshotWriter.Written finish(SnapshotWriter writer) {
        return jdbi.withHandle(h -> {
            long firstPack = h.createQuery("SELECT COALESCE(MAX(pack), 0) + 1 FROM record_pack")
                    .mapTo(Long.class)
                    .one();
            SnapshotWriter.Written written = writer.finish(h, firstPack);
            CatalogCodec.write(h, written.catalog());
            return written;
        });
    }

    /** Writes the events of snapshot {@code seq}; they stay hidden until it is published. */
    public void writeEvents(int seq, ChangeSet changes, Instant now) {
        jdbi.useTransaction(h -> new EventWriter(h, seq, now).write(changes));
    }

    /** Removes every trace of snapshot {@code seq}: its versions, its catalog, its events. */
    public void removeVersions(int seq) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM event WHERE snapshot = ?", seq);
            h.execute("DELETE FROM record_pack WHERE snapshot = ?", seq);
            h.execute("DELETE FROM catalog_part WHERE snapshot = ?", seq);
        });
    }

    /** The catalog of snapshot {@code seq}, as stored when it was written. */
    public Catalog catalog(int seq, Instant publishedAt) {
        return jdbi.withHandle(h -> CatalogCodec.read(h, seq, publishedAt));
    }

    // ---- reading

    /** The records of {@code selection} from index {@code from} (inclusive) to {@code to}, in order. */
    public List<Stamped> records(Selection selection, int from, int to) {
        Table table = selection.table();
        List<Long> versions = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            versions.add(table.versions[selection.position(i)]);
        }
        Map<Long, Stamped> stored = jdbi.withHandle(h -> Packs.read(h, versions));
        List<Stamped> records = new ArrayList<>(versions.size());
        for (Long version : versions) {
            Stamped record = stored.get(version);
            if (record != null) {
                records.add(record);
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
     * Drops events older than {@code before}, the catalogs of snapshots no longer served or held, and the
     * packs nothing needs any more: no version of theirs is in {@code served}, a held snapshot or an event.
     */
    public void prune(Instant before, Catalog served) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM event WHERE created_at < ?", before.toEpochMilli());
            h.execute(
                    "DELETE FROM catalog_part WHERE snapshot <> ? AND snapshot NOT IN "
                            + "(SELECT seq FROM snapshot WHERE state = 'HELD')",
                    served.snapshot());
            PackCollector.collect(h, served);
        });
    }
}
