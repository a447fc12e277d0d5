package org.rosterbridge.hub.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.rosterbridge.clever.csv.CleverCsv;
import org.rosterbridge.clever.csv.CleverCsvException;
import org.rosterbridge.clever.csv.ValidationReport;
import org.rosterbridge.hub.HubException;
import org.rosterbridge.hub.IngestResult;
import org.rosterbridge.hub.derive.DistrictDeriver;
import org.rosterbridge.hub.ids.CleverIds;
import org.rosterbridge.hub.store.Catalog;
import org.rosterbridge.hub.store.ChangeSet;
import org.rosterbridge.hub.store.SnapshotInfo;
import org.rosterbridge.hub.store.SnapshotState;
import org.rosterbridge.hub.store.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an upload into a snapshot: validate and derive in one streaming read, reject the upload whole on
 * any error, otherwise store it as a diff against the served snapshot, write its events, and publish it or
 * hold it. Approving and discarding held snapshots live here too, so that every change of the served
 * snapshot goes through one place.
 *
 * <p>Not thread-safe: the hub calls it from its single ingest thread.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final SnapshotStore store;
    private final IngestSettings settings;
    private final CleverIds ids;
    private final InstantSource clock;
    private final Supplier<Catalog> served;
    private final Published published;

    /** Told when a snapshot becomes the served one. */
    public interface Published {
        void published(int snapshot, Instant at);
    }

    public Ingestor(
            SnapshotStore store,
            IngestSettings settings,
            InstantSource clock,
            Supplier<Catalog> served,
            Published published) {
        this.store = store;
        this.settings = settings;
        this.ids = CleverIds.forDistrict(settings.districtKey());
        this.clock = clock;
        this.served = served;
        this.published = published;
    }

    /** Reads the upload in {@code directory}, whose files look like {@code fingerprint}. */
    public IngestResult ingest(Path directory, String fingerprint) {
        Instant received = clock.instant();
        store.latest(SnapshotState.HELD).ifPresent(held -> discard(held.seq(), "replaced by a newer upload"));
        int seq = store.nextSnapshot();
        try (DistrictDeriver deriver = new DistrictDeriver(
                ids, settings.districtName(), settings.districtAdmins(), settings.workDirectory())) {
            Optional<ValidationReport> report = read(directory, deriver, seq, received, fingerprint);
            if (report.isEmpty()) {
                return new IngestResult.Rejected(seq, 1, List.of("the upload directory cannot be read"));
            }
            if (!report.get().valid()) {
                return new IngestResult.Rejected(seq, report.get().errors(), problems(report.get()));
            }
            return store(seq, received, fingerprint, report.get(), deriver);
        }
    }

    // Empty when the directory could not be read at all; rejections are recorded here.
    private Optional<ValidationReport> read(
            Path directory, DistrictDeriver deriver, int seq, Instant at, String fingerprint) {
        try {
            long started = System.nanoTime();
            ValidationReport report = CleverCsv.read(directory, deriver);
            LOG.info("upload {} read and validated in {} ms", seq, (System.nanoTime() - started) / 1_000_000);
            if (!report.valid()) {
                store.insert(info(seq, SnapshotState.REJECTED, at, fingerprint, report, "validation errors"));
                Reports.writeFile(settings.reportDirectory(), seq, "rejected", report.problems());
                LOG.info("upload {} rejected: {} errors, {} warnings", seq, report.errors(), report.warnings());
            }
            return Optional.of(report);
        } catch (CleverCsvException e) {
            store.insert(new SnapshotInfo(
                    seq,
                    SnapshotState.REJECTED,
                    at,
                    at,
                    fingerprint,
                    1,
                    0,
                    Reports.failure(e.getMessage()),
                    "{}",
                    "unreadable upload"));
            Reports.writeFile(settings.reportDirectory(), seq, "rejected: " + e.getMessage() + "\n");
            LOG.info("upload {} rejected: unreadable", seq);
            return Optional.empty();
        }
    }

    private static List<String> problems(ValidationReport report) {
        return report.problems().stream().map(Object::toString).toList();
    }

    private IngestResult store(
            int seq, Instant received, String fingerprint, ValidationReport report, DistrictDeriver deriver) {
        store.insert(info(seq, SnapshotState.BUILDING, received, fingerprint, report, ""));
        Catalog base = served.get();
        Instant epoch = Instant.parse(store.settingOrInit("epoch", received.toString()));
        ChangeSet changes;
        long started = System.nanoTime();
        try (SnapshotStore.OpenWriter open = store.openWriter(base, seq, received)) {
            deriver.emit(received, epoch, open.writer());
            changes = open.writer().finish();
            LOG.info("upload {} derived, diffed and stored in {} ms: {} changes", seq, millis(started), changes.size());
        } catch (RuntimeException e) {
            store.removeVersions(seq);
            store.decide(seq, SnapshotState.DISCARDED, clock.instant(), "{}", "failed while storing");
            throw new HubException("storing upload " + seq + " failed", e);
        }
        if (!base.isEmpty()) {
            started = System.nanoTime();
            store.writeEvents(seq, changes, received);
            LOG.info("upload {} events written in {} ms", seq, millis(started));
        }
        List<String> reasons = base.isEmpty() ? List.of() : settings.holds().reasons(changes);
        Map<String, Map<String, Integer>> summary = changes.summary();
        Reports.writeFile(settings.reportDirectory(), seq, reasons.isEmpty() ? "published" : "held", report.problems());
        if (!reasons.isEmpty()) {
            store.decide(seq, SnapshotState.HELD, clock.instant(), Reports.json(summary), String.join("; ", reasons));
            LOG.info("upload {} held: {}", seq, reasons);
            return new IngestResult.Held(seq, reasons, summary);
        }
        publish(seq, Reports.json(summary));
        return new IngestResult.Published(seq, summary);
    }

    /** Serves held snapshot {@code seq}. */
    public IngestResult approve(int seq) {
        SnapshotInfo held = heldSnapshot(seq);
        publish(seq, held.changes());
        return new IngestResult.Published(seq, Map.of());
    }

    /** Throws held snapshot {@code seq} away; the served snapshot stays. */
    public void discard(int seq, String reason) {
        SnapshotInfo held = heldSnapshot(seq);
        store.removeVersions(seq);
        store.decide(seq, SnapshotState.DISCARDED, clock.instant(), held.changes(), reason);
        LOG.info("snapshot {} discarded: {}", seq, reason);
    }

    /** Removes snapshots a stopped hub left half-stored. */
    public void recover() {
        for (SnapshotInfo info : store.snapshots()) {
            if (info.state() == SnapshotState.BUILDING) {
                store.removeVersions(info.seq());
                store.decide(info.seq(), SnapshotState.DISCARDED, clock.instant(), "{}", "interrupted while storing");
            }
        }
    }

    private SnapshotInfo heldSnapshot(int seq) {
        return store.snapshot(seq)
                .filter(s -> s.state() == SnapshotState.HELD)
                .orElseThrow(() -> new HubException("snapshot " + seq + " is not held"));
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private void publish(int seq, String changes) {
        Instant at = clock.instant();
        store.decide(seq, SnapshotState.PUBLISHED, at, changes, "");
        long started = System.nanoTime();
        published.published(seq, at);
        LOG.info("snapshot {} loaded for serving in {} ms", seq, millis(started));
        store.prune(at.minus(settings.eventRetention()), seq);
        LOG.info("snapshot {} published", seq);
    }

    private static SnapshotInfo info(
            int seq, SnapshotState state, Instant at, String fingerprint, ValidationReport report, String reason) {
        return new SnapshotInfo(
                seq,
                state,
                at,
                at,
                fingerprint,
                report.errors(),
                report.warnings(),
                Reports.json(report),
                "{}",
                reason);
    }
}
