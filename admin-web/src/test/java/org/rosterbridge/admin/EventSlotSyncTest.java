package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.admin.EventWorld.ADMIN;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.scheduler.RunOutcome;
import org.rosterbridge.scheduler.RunRecord;
import org.rosterbridge.scheduler.Schedule;
import org.rosterbridge.scheduler.Scheduler;

/**
 * Events of one district that share a schedule slot sync the district once: the event job goes through the
 * platform's real {@link DistrictSync} (lease, run history) on a manual scheduler.
 */
class EventSlotSyncTest {

    @TempDir
    Path dir;

    private EventWorld world;
    private DistrictSync districtSync;
    private TokenCipher cipher;
    private Scheduler scheduler;
    private EventSync sync;

    @BeforeEach
    void setUp() {
        world = EventWorld.h2(dir);
        districtSync = platformSync();
        AtomicReference<EventSync> late = new AtomicReference<>();
        EventSyncJob job = new EventSyncJob(
                world.events,
                EventsFeature.slotSync(districtSync),
                id -> late.get().slot(id, world.clock.instant()),
                id -> late.get().enabled(id));
        scheduler = Scheduler.builder(world.pool)
                .clock(world.clock)
                .handler(EventSyncJob.KIND, job)
                .manual()
                .build();
        scheduler.start();
        sync = new EventSync(scheduler, world.events);
        late.set(sync);
    }

    /** The platform's district sync over the world's district, its token sealed with a test key. */
    private DistrictSync platformSync() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        cipher = TokenCipher.load(AdminSettings.of("jdbc:unused", 0).withSecretKey(key), Map.of());
        world.jdbi.useHandle(h -> h.createUpdate("update admin_districts set token_cipher = :c where id = :r")
                .bind("c", cipher.encrypt(world.sandbox.token()))
                .bind("r", EventWorld.REF)
                .execute());
        return new DistrictSync(
                world.engine, new Districts(world.jdbi, cipher), new Leases(world.jdbi, world.clock), "test-node");
    }

    @AfterEach
    void tearDown() {
        scheduler.close();
        districtSync.close();
        world.close();
    }

    private Event created(String name) {
        Event event = world.createEvent(name, false);
        sync.declare(event);
        return event;
    }

    private long districtRuns() {
        return world.count("select count(*) from sync_runs");
    }

    private Instant materialisedAt(Event event) {
        return world.jdbi.withHandle(h -> h.createQuery("select materialised_at from events where id = :e")
                .bind("e", event.id())
                .mapTo(java.time.OffsetDateTime.class)
                .one()
                .toInstant());
    }

    @Test
    void syncsTheDistrictOnceForTwoEventsAtTheSameHour() {
        Event first = created("Fall conferences");
        Event second = created("Spring conferences");
        long before = districtRuns();
        Instant slot = scheduler.nextRun(EventSync.key(first.id())).orElseThrow();

        world.clock.set(slot);
        List<RunRecord> runs = scheduler.runDueNow();

        assertThat(runs).hasSize(2).allSatisfy(r -> assertThat(r.outcome()).isInstanceOf(RunOutcome.Succeeded.class));
        assertThat(districtRuns()).isEqualTo(before + 1);
        assertThat(runs).filteredOn(r -> r.summary().contains("no second sync")).hasSize(1);
        assertThat(materialisedAt(first)).isAfterOrEqualTo(slot);
        assertThat(materialisedAt(second)).isAfterOrEqualTo(slot);
    }

    @Test
    void stoppedEventSyncedNowTakesARunThatStartedAfterTheClickAndGetsItsDeletedClassBack() {
        Event running = created("Fall conferences");
        Event stopped = created("Spring conferences");
        long section = world.editor.classes(stopped.id()).get(0).sectionId();
        world.editor.delete(stopped.id(), List.of(section), ADMIN);
        sync.stop(stopped.id());
        long before = districtRuns();

        sync.syncNow(running.id());
        sync.syncNow(stopped.id());
        scheduler.runDueNow();

        assertThat(districtRuns()).isEqualTo(before + 1);
        assertThat(world.editor.classes(stopped.id()))
                .filteredOn(c -> c.sectionId() == section)
                .singleElement()
                .extracting(EventClass::state)
                .isEqualTo(ClassState.SHOWN);
    }

    @Test
    void syncNowAfterAnEarlierRunSyncsAgain() {
        Event event = created("Fall conferences");
        sync.syncNow(event.id());
        scheduler.runDueNow();
        long before = districtRuns();

        world.clock.advance(java.time.Duration.ofMinutes(5));
        sync.syncNow(event.id());
        scheduler.runDueNow();

        assertThat(districtRuns()).isEqualTo(before + 1);
    }

    @Test
    void aJobWaitingForTheLeaseTakesTheRunThatHeldItInsteadOfSyncingAgain() throws Exception {
        created("Fall conferences");
        // Real time for the lease, so it cannot expire while the manual clock jumps.
        DistrictSync platform = new DistrictSync(
                world.engine,
                new Districts(world.jdbi, cipher),
                new Leases(world.jdbi, java.time.InstantSource.system()),
                "test-node");
        Leases otherNode = new Leases(world.jdbi, java.time.InstantSource.system());
        Instant slot = world.clock.instant();
        assertThat(otherNode.acquire(EventWorld.REF, "node-b:1")).isTrue();
        java.util.concurrent.ExecutorService waiter = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<DistrictSync.Outcome> outcome =
                    waiter.submit(() -> EventsFeature.slotSync(platform).sync(EventWorld.REF, slot));
            long before = districtRuns();
            String otherRun = world.sync().runId();
            otherNode.release(EventWorld.REF, "node-b:1");

            assertThat(outcome.get(2, java.util.concurrent.TimeUnit.MINUTES))
                    .isEqualTo(new DistrictSync.Outcome.AlreadyApplied(otherRun, startedAt(otherRun)));
            assertThat(districtRuns()).isEqualTo(before + 1);
        } finally {
            waiter.shutdownNow();
            platform.close();
        }
    }

    private Instant startedAt(String runId) {
        return world.jdbi.withHandle(h -> h.createQuery("select started_at from sync_runs where run_id = :r")
                .bind("r", runId)
                .mapTo(java.time.OffsetDateTime.class)
                .one()
                .toInstant());
    }

    @Test
    void aScheduledRunsSlotIsTheCronsLastFiringBeforeItStarted() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        Instant lateNight = Instant.parse("2026-09-02T09:30:00Z");

        assertThat(EventSync.lastFiring(Schedule.nightly(chicago), lateNight))
                .isEqualTo(Instant.parse("2026-09-02T06:00:00Z"));
        assertThat(EventSync.lastFiring(Schedule.cron("0 */5 * * * *", ZoneOffset.UTC), lateNight.plusSeconds(150)))
                .isEqualTo(Instant.parse("2026-09-02T09:30:00Z"));
        assertThat(EventSync.lastFiring(Schedule.cron("0 0 1 1 1 *", ZoneOffset.UTC), lateNight))
                .isEqualTo(lateNight);
    }
}
