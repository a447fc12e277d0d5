package org.rosterbridge.hub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.rosterbridge.hub.ingest.HoldPolicy;
import org.rosterbridge.hub.ingest.IngestSettings;
import org.rosterbridge.hub.ingest.Ingestor;
import org.rosterbridge.hub.store.Catalog;
import org.rosterbridge.hub.store.Database;
import org.rosterbridge.hub.store.SnapshotInfo;
import org.rosterbridge.hub.store.SnapshotState;
import org.rosterbridge.hub.store.SnapshotStore;

/**
 * A Clever-compatible district, the test bed for app-side sync: it takes the district's SFTP files (from
 * its data directory or its own SFTP server), validates each upload and rejects a bad one whole, keeps
 * stable Clever ids, derives what Clever derives (terms, courses, merged users, contacts, primary schools,
 * section names), serves the Data API v2.0 to v3.1 with Events, and holds uploads that change too much.
 *
 * <pre>{@code
 * try (RunningHub hub = Hub.start(HubSettings.builder(dir).port(0).build())) {
 *     // GET http://localhost:{hub.port()}/v3.0/users with "Authorization: Bearer {hub.token()}"
 * }
 * }</pre>
 */
public final class Hub {
    private Hub() {}

    /**
     * Starts a hub: opens (and migrates) its database, serves the snapshot it served before, processes the
     * upload directory at once if its files are new, then watches it.
     *
     * @throws HubException when the directory, the database or a port cannot be used
     */
    public static RunningHub start(HubSettings settings) {
        Database database = open(settings);
        RunningHub hub = new RunningHub(settings, database);
        try {
            hub.start();
            return hub;
        } catch (RuntimeException e) {
            hub.close();
            throw e;
        }
    }

    /** Serves the held snapshot of the hub in {@code settings} (running or not); returns its number. */
    public static int approve(HubSettings settings) {
        return withIngestor(settings, (store, ingestor) -> {
            int held = held(store);
            ingestor.approve(held);
            return held;
        });
    }

    /** Throws the held snapshot of the hub in {@code settings} away; returns its number. */
    public static int discard(HubSettings settings) {
        return withIngestor(settings, (store, ingestor) -> {
            int held = held(store);
            ingestor.discard(held, "discarded by an administrator");
            return held;
        });
    }

    /** The uploads of the hub in {@code settings} (running or not), newest first. */
    public static HubStatus status(HubSettings settings) {
        try (Database database = open(settings)) {
            SnapshotStore store =
                    new SnapshotStore(database, settings.stateDirectory().resolve("work"));
            List<SnapshotInfo> snapshots = store.snapshots();
            Optional<SnapshotInfo> current = store.current();
            return new HubStatus(
                    current.map(SnapshotInfo::seq).orElse(0),
                    current.map(SnapshotInfo::decidedAt).orElse(Instant.EPOCH),
                    false,
                    snapshots.stream()
                            .sorted(Comparator.comparingInt(SnapshotInfo::seq).reversed())
                            .map(Hub::upload)
                            .toList());
        }
    }

    private interface Work {
        int run(SnapshotStore store, Ingestor ingestor);
    }

    private static int withIngestor(HubSettings settings, Work work) {
        try (Database database = open(settings)) {
            SnapshotStore store =
                    new SnapshotStore(database, settings.stateDirectory().resolve("work"));
            // A running hub notices the new served snapshot itself; this process has nothing to serve.
            Ingestor ingestor = ingestor(settings, store, Catalog::empty, (snapshot, catalog) -> Optional.empty());
            return work.run(store, ingestor);
        }
    }

    private static int held(SnapshotStore store) {
        return store.latest(SnapshotState.HELD)
                .map(SnapshotInfo::seq)
                .orElseThrow(() -> new HubException("no snapshot is held"));
    }

    static Ingestor ingestor(
            HubSettings settings, SnapshotStore store, Supplier<Catalog> served, Ingestor.Published published) {
        Path state = settings.stateDirectory();
        IngestSettings ingest = new IngestSettings(
                settings.districtKey(),
                settings.districtName(),
                settings.districtAdmins(),
                state.resolve("work"),
                state.resolve("reports"),
                new HoldPolicy(settings.holdDeletePercent(), settings.holdUpdatePercent()),
                settings.eventRetention(),
                settings.parallelIngest());
        return new Ingestor(store, ingest, settings.clock(), served, published);
    }

    static Upload upload(SnapshotInfo info) {
        return new Upload(
                info.seq(),
                UploadState.valueOf(info.state().name()),
                info.receivedAt(),
                info.decidedAt(),
                info.errors(),
                info.warnings(),
                info.reason(),
                info.report(),
                info.changes());
    }

    private static Database open(HubSettings settings) {
        if (!Files.isDirectory(settings.dataDirectory())) {
            throw new HubException("--data must be an existing directory: " + settings.dataDirectory());
        }
        try {
            Files.createDirectories(settings.stateDirectory());
            return Database.open(settings.databaseUrl(), settings.stateDirectory());
        } catch (java.io.IOException | RuntimeException e) {
            throw new HubException("cannot open the hub database: " + e.getMessage(), e);
        }
    }
}
