package org.rosterbridge.admin;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.rosterbridge.sync.RunReport;
import org.rosterbridge.sync.SyncEngine;
import org.rosterbridge.sync.SyncMode;
import org.rosterbridge.sync.SyncProgress;
import org.rosterbridge.sync.SyncRequest;

/**
 * Runs syncs of connected districts. The contract the events feature (its scheduler job, "Sync now") relies on:
 *
 * <ul>
 *   <li>{@link #run} blocks for the whole run on the caller's thread; {@link #start} takes the lease on the
 *       caller's thread and runs in the background. Neither throws for a failed sync: the report says {@code
 *       failed}. An unknown district id is an {@link AdminException}.
 *   <li>At most one run per district at a time, across every node on the same database: a lease row in
 *       {@code admin_sync_leases}, taken by compare-and-set, renewed every {@link Leases#TTL}/4 while the run
 *       lives, gone when it ends, expiring on its own if the node dies. When it is taken the answer is
 *       {@link Outcome.Busy} and nothing runs.
 *   <li>The token is decrypted only in memory, for the run; reports and progress carry ids only.
 *   <li>{@link #progress} shows a running sync from any node (phase and percent, from the lease row).
 *   <li>After a run, the district's Clever id is recorded ({@code admin_districts.clever_id}), which joins it to
 *       {@code sync_runs.district_clever_id}.
 * </ul>
 *
 * <p>Thread-safe.
 */
final class DistrictSync implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DistrictSync.class);

    /** What asking for a run gave. */
    sealed interface Outcome {
        /** The run finished (any status: applied, held, failed, dry-run). */
        record Ran(RunReport report) implements Outcome {}

        /** The run was started in the background; follow it with {@link #progress}. */
        record Started() implements Outcome {}

        /** Another run of the district holds the lease; nothing was started. */
        record Busy() implements Outcome {}

        /**
         * Nothing ran: run {@code runId} of the district, started at {@code startedAt}, had already applied
         * the data asked for ({@link #runUnlessAppliedSince}).
         */
        record AlreadyApplied(String runId, Instant startedAt) implements Outcome {}
    }

    private final SyncEngine engine;
    private final Districts districts;
    private final Leases leases;
    private final String node;
    private final ExecutorService background = Executors.newFixedThreadPool(2, daemon("rosterbridge-sync"));
    private final ScheduledExecutorService renewer =
            Executors.newSingleThreadScheduledExecutor(daemon("rosterbridge-sync-lease"));

    DistrictSync(SyncEngine engine, Districts districts, Leases leases, String node) {
        this.engine = engine;
        this.districts = districts;
        this.leases = leases;
        this.node = node;
    }

    /** Syncs the district now, on this thread: {@code mode} full, events or auto; {@code dryRun} plans only. */
    Outcome run(long districtId, SyncMode mode, boolean dryRun) {
        return locked(
                districtId,
                holder -> new Outcome.Ran(
                        sync(districtId, holder, r -> r.withMode(mode).withDryRun(dryRun))));
    }

    /**
     * Like {@link #run} (never a dry run), unless an applied run of the district started at or after {@code
     * since}: then {@link Outcome.AlreadyApplied} and nothing runs. Checked while holding the lease, so a run
     * that ends while this caller waits for the lease counts.
     */
    Outcome runUnlessAppliedSince(long districtId, SyncMode mode, Instant since) {
        return locked(
                districtId,
                holder -> districts
                        .appliedSince(districtId, since)
                        .<Outcome>map(applied -> applied)
                        .orElseGet(() -> new Outcome.Ran(sync(districtId, holder, r -> r.withMode(mode)))));
    }

    /** Applies a held run's plan (it must be the district's latest); on this thread. */
    Outcome approve(long districtId, String runId) {
        return locked(districtId, holder -> new Outcome.Ran(sync(districtId, holder, r -> r.approving(runId))));
    }

    /** Like {@link #run}, in the background. */
    Outcome start(long districtId, SyncMode mode, boolean dryRun) {
        districts.find(districtId).orElseThrow(() -> new AdminException("no district " + districtId));
        String holder = holder();
        if (!leases.acquire(districtId, holder)) {
            return new Outcome.Busy();
        }
        background.execute(() -> {
            try {
                sync(districtId, holder, r -> r.withMode(mode).withDryRun(dryRun));
            } catch (RuntimeException e) {
                // Sync itself reports its failures; this is the key or the database. The class only: no values.
                LOG.error(
                        "background sync of district {} failed: {}",
                        districtId,
                        e.getClass().getName());
            } finally {
                leases.release(districtId, holder);
            }
        });
        return new Outcome.Started();
    }

    /** Drops a held run's plan; false when {@code runId} is not a held run. */
    boolean discard(String runId) {
        return engine.discard(runId);
    }

    /** The district's running sync, from whichever node runs it. */
    Optional<Leases.Live> progress(long districtId) {
        return leases.live(districtId);
    }

    private Outcome locked(long districtId, Function<String, Outcome> work) {
        districts.find(districtId).orElseThrow(() -> new AdminException("no district " + districtId));
        String holder = holder();
        if (!leases.acquire(districtId, holder)) {
            return new Outcome.Busy();
        }
        try {
            return work.apply(holder);
        } finally {
            leases.release(districtId, holder);
        }
    }

    private RunReport sync(long districtId, String holder, Function<SyncRequest, SyncRequest> shape) {
        Districts.District district = districts.find(districtId).orElseThrow();
        SyncRequest request = shape.apply(
                SyncRequest.of(district.apiUrl(), districts.token(districtId)).withVersion(district.apiVersion()));
        AtomicReference<Leases.Live> last = new AtomicReference<>(new Leases.Live("", "starting", 0));
        long period = Leases.TTL.toMillis() / 4;
        ScheduledFuture<?> keepAlive = renewer.scheduleAtFixedRate(
                () -> leases.renew(districtId, holder, last.get()), period, period, TimeUnit.MILLISECONDS);
        try {
            RunReport report = engine.run(request, (SyncProgress p) -> {
                last.set(new Leases.Live(p.runId(), p.phase(), p.percent()));
                leases.renew(districtId, holder, last.get());
            });
            if (!report.districtId().isEmpty()) {
                districts.learn(districtId, report.districtId());
            }
            return report;
        } finally {
            keepAlive.cancel(false);
        }
    }

    private String holder() {
        return node + ":" + Sessions.randomId().substring(0, 12);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        background.shutdown();
        renewer.shutdownNow();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
