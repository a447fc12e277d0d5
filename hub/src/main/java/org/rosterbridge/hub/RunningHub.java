package org.rosterbridge.hub;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.rosterbridge.hub.api.Admin;
import org.rosterbridge.hub.api.ApiServer;
import org.rosterbridge.hub.ingest.Fingerprint;
import org.rosterbridge.hub.ingest.Ingestor;
import org.rosterbridge.hub.ingest.UploadWatcher;
import org.rosterbridge.hub.sftp.SftpServer;
import org.rosterbridge.hub.store.Catalog;
import org.rosterbridge.hub.store.Database;
import org.rosterbridge.hub.store.SnapshotInfo;
import org.rosterbridge.hub.store.SnapshotStore;

/**
 * A hub that is serving: its ports and tokens, and what can be asked of it while it runs. Everything that
 * changes the served snapshot (uploads, approvals, discards) runs on one ingest thread, in order.
 *
 * <p>Thread-safe. Close it to stop the servers and release the database.
 */
public final class RunningHub implements AutoCloseable, Admin {
    private final HubSettings settings;
    private final Database database;
    private final SnapshotStore store;
    private final Credentials credentials;
    private final AtomicReference<Catalog> catalog;
    private final ScheduledExecutorService ingestThread;
    private final Ingestor ingestor;
    private final UploadWatcher watcher;
    private ApiServer api;
    private SftpServer sftp;

    RunningHub(HubSettings settings, Database database) {
        this.settings = settings;
        this.database = database;
        this.store = new SnapshotStore(database, settings.stateDirectory().resolve("work"));
        this.credentials = Credentials.of(settings, store);
        this.catalog = new AtomicReference<>(Catalog.empty());
        this.ingestThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "hub-ingest");
            thread.setDaemon(true);
            return thread;
        });
        this.ingestor = Hub.ingestor(settings, store, catalog::get, this::published);
        this.watcher = new UploadWatcher(
                settings.dataDirectory(), settings.quietPeriod(), settings.clock(), lastFingerprint(), this::ingest);
    }

    void start() {
        ingestor.recover();
        store.current().ifPresent(current -> load(current.seq(), current.decidedAt()));
        api = ApiServer.start(
                settings.port(),
                credentials.token(),
                credentials.adminToken(),
                settings.rateLimit(),
                settings.clock(),
                catalog::get,
                store,
                this);
        if (settings.sftpPort() != HubSettings.NO_SFTP) {
            sftp = SftpServer.start(
                    settings.sftpPort(),
                    settings.dataDirectory(),
                    settings.stateDirectory().resolve("sftp-host-key"),
                    settings.sftpUser(),
                    credentials.sftpPassword(),
                    watcher::touch);
        }
        String files = Fingerprint.of(settings.dataDirectory());
        if (!files.isEmpty() && !files.equals(lastFingerprint())) {
            ingestNow();
        }
        long tick = Math.max(50, Math.min(1_000, settings.quietPeriod().toMillis() / 5));
        ingestThread.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** The HTTP port. */
    public int port() {
        return api.port();
    }

    /** The SFTP port, or {@link HubSettings#NO_SFTP}. */
    public int sftpPort() {
        return sftp == null ? HubSettings.NO_SFTP : sftp.port();
    }

    /** The district-app bearer token. */
    public String token() {
        return credentials.token();
    }

    /** The bearer token of the {@code /admin} endpoints. */
    public String adminToken() {
        return credentials.adminToken();
    }

    public String sftpUser() {
        return settings.sftpUser();
    }

    public String sftpPassword() {
        return credentials.sftpPassword();
    }

    /** Processes the upload directory now, without waiting for the quiet period. */
    @Override
    public IngestResult ingestNow() {
        return onIngestThread(() -> {
            String files = Fingerprint.of(settings.dataDirectory());
            if (files.isEmpty()) {
                return new IngestResult.Unchanged(catalog.get().snapshot());
            }
            watcher.processed(files);
            return ingestor.ingest(settings.dataDirectory(), files);
        });
    }

    @Override
    public IngestResult approve(int snapshot) {
        return onIngestThread(() -> ingestor.approve(snapshot));
    }

    @Override
    public void discard(int snapshot) {
        onIngestThread(() -> {
            ingestor.discard(snapshot, "discarded by an administrator");
            return snapshot;
        });
    }

    @Override
    public HubStatus status() {
        Catalog served = catalog.get();
        return new HubStatus(
                served.snapshot(),
                served.publishedAt(),
                watcher.pending(),
                store.snapshots().stream()
                        .sorted(Comparator.comparingInt(SnapshotInfo::seq).reversed())
                        .map(Hub::upload)
                        .toList());
    }

    private void ingest(String fingerprint) {
        try {
            ingestor.ingest(settings.dataDirectory(), fingerprint);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(RunningHub.class).error("processing an upload failed", e);
        }
    }

    // Also notices approvals and discards made by another process (the CLI) on the same database.
    private void tick() {
        try {
            watcher.tick();
            store.current()
                    .filter(current -> current.seq() != catalog.get().snapshot())
                    .ifPresent(current -> load(current.seq(), current.decidedAt()));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(RunningHub.class).error("watching uploads failed", e);
        }
    }

    private Optional<Catalog> published(int snapshot, Supplier<Catalog> published) {
        Catalog serving = published.get();
        catalog.set(serving);
        return Optional.of(serving);
    }

    private void load(int snapshot, Instant at) {
        catalog.set(store.catalog(snapshot, at));
    }

    private String lastFingerprint() {
        return store.snapshots().stream()
                .max(Comparator.comparingInt(SnapshotInfo::seq))
                .map(SnapshotInfo::fingerprint)
                .orElse("");
    }

    private <T> T onIngestThread(Callable<T> work) {
        try {
            return ingestThread.submit(work).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof HubException hub ? hub : new HubException(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while waiting for the ingest thread", e);
        }
    }

    @Override
    public void close() {
        ingestThread.shutdownNow();
        try {
            ingestThread.awaitTermination(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (sftp != null) {
            sftp.close();
        }
        if (api != null) {
            api.close();
        }
        database.close();
    }
}
