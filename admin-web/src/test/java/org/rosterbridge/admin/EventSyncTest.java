package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.admin.EventWorld.ADMIN;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.scheduler.RunNowResult;
import org.rosterbridge.scheduler.RunOutcome;
import org.rosterbridge.scheduler.RunRecord;
import org.rosterbridge.scheduler.Scheduler;

/** Sync control per event on a real (manual) scheduler sharing the app database. */
class EventSyncTest {

    @TempDir
    Path dir;

    private EventWorld world;
    private Scheduler scheduler;
    private EventSync sync;

    @BeforeEach
    void setUp() {
        world = EventWorld.h2(dir);
        AtomicReference<EventSync> late = new AtomicReference<>();
        EventSyncJob job = new EventSyncJob(
                world.events,
                SlotSync.always(ref -> world.sync()),
                id -> world.clock.instant(),
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

    @AfterEach
    void tearDown() {
        scheduler.close();
        world.close();
    }

    private Event created(String name) {
        Event event = world.createEvent(name, false);
        sync.declare(event);
        return event;
    }

    @Test
    void syncsNightlyAtOneInTheDistrictsZone() {
        Event event = created("Fall conferences");
        int before = world.syncs;

        Instant next = scheduler.nextRun(EventSync.key(event.id())).orElseThrow();
        world.clock.set(next);
        List<RunRecord> runs = scheduler.runDueNow();

        // 1 AM in Chicago is 06:00 UTC in September (daylight time).
        assertThat(next).isEqualTo(Instant.parse("2026-09-02T06:00:00Z"));
        assertThat(runs)
                .singleElement()
                .satisfies(r -> assertThat(r.outcome()).isInstanceOf(RunOutcome.Succeeded.class));
        assertThat(world.syncs).isEqualTo(before + 1);
        assertThat(sync.cron(event.id())).isEqualTo("0 0 1 * * *");
    }

    @Test
    void syncNowBringsBackADeletedClass() {
        Event event = created("Fall conferences");
        long section = world.editor.classes(event.id()).get(0).sectionId();
        world.editor.delete(event.id(), List.of(section), ADMIN);

        assertThat(sync.syncNow(event.id())).isEqualTo(RunNowResult.QUEUED);
        scheduler.runDueNow();

        assertThat(world.editor.classes(event.id()))
                .filteredOn(c -> c.sectionId() == section)
                .singleElement()
                .extracting(EventClass::state)
                .isEqualTo(ClassState.SHOWN);
    }

    @Test
    void stopAllListsTheEnabledEventsAndStopsThem() {
        Event first = created("Fall conferences");
        Event second = created("Spring conferences");
        Event third = created("Kindergarten round-up");
        assertThat(sync.stop(second.id())).isTrue();

        assertThat(sync.syncEnabledEvents()).extracting(Event::id).containsExactlyInAnyOrder(first.id(), third.id());
        assertThat(sync.stopAll()).containsExactlyInAnyOrder(first.id(), third.id());

        assertThat(sync.syncEnabledEvents()).isEmpty();
        assertThat(scheduler.nextRun(EventSync.key(first.id()))).isEmpty();
        assertThat(sync.resume(first.id())).isTrue();
        assertThat(sync.syncEnabledEvents()).extracting(Event::id).containsExactly(first.id());
    }

    @Test
    void stoppedEventKeepsWhatItHoldsWhenAnotherEventOfTheDistrictSyncs() {
        Event stopped = created("Fall conferences");
        Event running = created("Spring conferences");
        long section = world.editor.classes(stopped.id()).get(0).sectionId();
        world.editor.delete(stopped.id(), List.of(section), ADMIN);
        sync.stop(stopped.id());

        sync.syncNow(running.id());
        scheduler.runDueNow();

        assertThat(world.editor.classes(stopped.id()))
                .filteredOn(c -> c.sectionId() == section)
                .singleElement()
                .extracting(EventClass::state)
                .isEqualTo(ClassState.DELETED);
    }

    @Test
    void declaringAgainKeepsAStop() {
        Event event = created("Fall conferences");
        sync.stop(event.id());

        sync.declare(event);

        assertThat(sync.enabled(event.id())).isFalse();
    }

    @Test
    void changesTheCronAndRejectsOneThatDoesNotParse() {
        Event event = created("Fall conferences");

        assertThat(sync.changeCron(event, "0 30 2 * * *")).isEmpty();
        assertThat(sync.changeCron(event, "every night")).isPresent();

        assertThat(sync.cron(event.id())).isEqualTo("0 30 2 * * *");
        assertThat(scheduler.nextRun(EventSync.key(event.id()))).contains(Instant.parse("2026-09-02T07:30:00Z"));
    }
}
