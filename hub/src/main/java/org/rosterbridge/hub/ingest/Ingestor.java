package org.rosterbridge.hub.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.csv.CleverCsv;
import org.rosterbridge.clever.csv.CleverCsvException;
import org.rosterbridge.clever.csv.Row;
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
import org.rosterbridge.hub.store.SnapshotWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an upload into a snapshot: validate and derive in one streaming read, reject the upload whole on
 * any error, otherwise store it as a diff against the served snapshot, write its events, and publish it or
 * hold it. Approving and discarding held snapshots live here too, so that every change of the served
 * snapshot goes through one place.
 *
 * <p>Not thread-safe: the hub calls it from its single ingest thread. Unless {@link IngestSettings#parallel}
 * is off, an upload's steps overlap on helper threads of its own: the deriver files rows away while the
 * reader checks the next ones, and the diff takes records while the deriver builds the next ones.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final SnapshotStore store;
    private final IngestSettings settings;
    private final CleverIds ids;
    private final InstantSource clock;
    private final Supplier<Catalog> served;
    private final Published published;

    /**
     * Told when a snapshot becomes the served one; answers with the catalog it now serves (asking
     * {@code catalog} for it), or empty when it serves nothing (a process that only approves).
     */
    public interface Published {
        Optional<Catalog> published(int snapshot, Supplier<Catalog> catalog);
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
        Catalog base = served.get();
        try (SnapshotWriter writer = store.openWriter(base, seq, received, settings.parallel())) {
            Optional<ValidationReport> report = readAndDerive(directory, fingerprint, seq, received, writer);
            if (report.isEmpty()) {
                return new IngestResult.Rejected(seq, 1, List.of("the upload directory cannot be read"));
            }
            if (!report.get().valid()) {
                return new IngestResult.Rejected(seq, report.get().errors(), problems(report.get()));
            }
            return store(seq, received, base, report.get(), writer);
        }
    }

    /**
     * Reads the upload and, when it is valid, derives its records into {@code writer}. The deriver lives
     * only in here, so its memory is free before the new catalog is built.
     */
    private Optional<ValidationReport> readAndDerive(
            Path directory, String fingerprint, int seq, Instant received, SnapshotWriter writer) {
        try (DistrictDeriver deriver = new DistrictDeriver(
                ids, settings.districtName(), settings.districtAdmins(), settings.workDirectory())) {
            Optional<ValidationReport> report = read(directory, deriver, seq, received, fingerprint);
            if (report.isPresent() && report.get().valid()) {
                store.insert(info(seq, SnapshotState.BUILDING, received, fingerprint, report.get(), ""));
                derive(seq, received, deriver, writer);
            }
            return report;
        }
    }

    private void derive(int seq, Instant received, DistrictDeriver deriver, SnapshotWriter writer) {
        Instant epoch = Instant.parse(store.settingOrInit("epoch", received.toString()));
        long started = System.nanoTime();
        try (Handoff<CleverObject> diff = Handoff.of(settings.parallel(), "hub-ingest-diff", writer)) {
            deriver.emit(received, epoch, diff);
            diff.finish();
        } catch (RuntimeException e) {
            abandon(seq);
            throw new HubException("deriving upload " + seq + " failed", e);
        }
        LOG.info("upload {} derived and diffed in {} ms", seq, millis(started));
    }

    private void abandon(int seq) {
        store.removeVersions(seq);
        store.decide(seq, SnapshotState.DISCARDED, clock.instant(), "{}", "failed while storing");
    }

    // Empty when the directory could not be read at all; rejections are recorded here.
    private Optional<ValidationReport> read(
            Path directory, DistrictDeriver deriver, int seq, Instant at, String fingerprint) {
        try {
            long started = System.nanoTime();
            ValidationReport report = readInto(directory, deriver);
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

    // The reader checks rows while the deriver files the ones before them away.
    private ValidationReport readInto(Path directory, DistrictDeriver deriver) {
        try (Handoff<Row> rows = Handoff.of(settings.parallel(), "hub-ingest-rows", deriver)) {
            ValidationReport report = CleverCsv.read(directory, rows);
            rows.finish();
            return report;
        }
    }

    private static List<String> problems(ValidationReport report) {
        return report.problems().stream().map(Object::toString).toList();
    }

    private IngestResult store(
            int seq, Instant received, Catalog base, ValidationReport report, SnapshotWriter writer) {
        long started = System.nanoTime();
        SnapshotWriter.Written written;
        try {
            written = store.finish(writer);
            if (!base.isEmpty()) {
                store.writeEvents(seq, written.changes(), received);
            }
        } catch (RuntimeException e) {
            abandon(seq);
            throw new HubException("storing upload " + seq + " failed (" + causes(e) + ")", e);
        }
        ChangeSet changes = written.changes();
        LOG.info("upload {} stored in {} ms: {} changes", seq, millis(started), changes.size());
        List<String> reasons = base.isEmpty() ? List.of() : settings.holds().reasons(changes);
        Map<String, Map<String, Integer>> summary = changes.summary();
        Reports.writeFile(settings.reportDirectory(), seq, reasons.isEmpty() ? "published" : "held", report.problems());
        if (!reasons.isEmpty()) {
            store.decide(seq, SnapshotState.HELD, clock.instant(), Reports.json(summary), String.join("; ", reasons));
            LOG.info("upload {} held: {}", seq, reasons);
            return new IngestResult.Held(seq, reasons, summary);
        }
        publish(seq, Reports.json(summary), written::catalog);
        return new IngestResult.Published(seq, summary);
    }

    /** Serves held snapshot {@code seq}. */
    public IngestResult approve(int seq) {
        SnapshotInfo held = heldSnapshot(seq);
        publish(seq, held.changes(), () -> store.catalog(seq, clock.instant()));
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

    /**
     * The exception classes of a failure, outermost first: enough to tell a full disk from a database
     * fault. Not their messages, which may quote a record's values from a failed statement.
     */
    static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder(failure.getClass().getSimpleName());
        for (Throwable cause = failure.getCause();
                cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            chain.append(" < ").append(cause.getClass().getSimpleName());
        }
        return chain.toString();
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private void publish(int seq, String changes, Supplier<Catalog> catalog) {
        Instant at = clock.instant();
        store.decide(seq, SnapshotState.PUBLISHED, at, changes, "");
        long started = System.nanoTime();
        Optional<Catalog> serving = published.published(seq, catalog);
        LOG.info("snapshot {} published in {} ms", seq, millis(started));
        serving.ifPresent(c -> store.prune(at.minus(settings.eventRetention()), c));
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
