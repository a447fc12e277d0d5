package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.rosterbridge.admin.EventsRoutes.Choice;
import org.rosterbridge.scheduler.RunRecord;
import org.rosterbridge.scheduler.Scheduler;
import org.rosterbridge.sync.SyncMode;

/**
 * The events feature wired on the platform: events, class editor, data browser and sync control, their pages,
 * and the {@code event-sync} job. {@link #register(Scheduler.Builder, DistrictSync, AdminDb, java.time.InstantSource)}
 * adds the job kind to the scheduler before it is built; {@link #routes(Platform)} adds the pages.
 */
final class EventsFeature implements Routes {

    private static final Duration BUSY_WAIT = Duration.ofSeconds(5);
    private static final int BUSY_TRIES = 120;

    private final Jdbi jdbi;
    private final Events events;
    private final ClassEditor editor;
    private final DataBrowser browser;
    private final EventSync sync;
    private final Platform platform;

    private EventsFeature(Platform platform) {
        this.platform = platform;
        this.jdbi = platform.db().jdbi();
        this.events = new Events(jdbi, runner(platform.districtSync()), platform.clock());
        this.editor = new ClassEditor(jdbi, events, platform.clock());
        this.browser = new DataBrowser(jdbi);
        this.sync = new EventSync(platform.scheduler(), events);
    }

    /** The pages of the feature. */
    static Routes routes(Platform platform) {
        return new EventsFeature(platform);
    }

    /** Adds the {@code event-sync} job kind (before the scheduler is built). */
    static void register(Scheduler.Builder jobs, DistrictSync districtSync, AdminDb db, java.time.InstantSource clock) {
        Events events = new Events(db.jdbi(), runner(districtSync), clock);
        // Scheduler operations only touch the database, so a handler-less view answers "is this event's sync on".
        Scheduler view =
                Scheduler.builder(db.dataSource()).clock(clock).manual().build();
        EventSync state = new EventSync(view, events);
        jobs.handler(
                EventSyncJob.KIND,
                new EventSyncJob(
                        events, slotSync(districtSync), id -> state.slot(id, clock.instant()), state::enabled));
    }

    /** The platform's district sync as a {@link SyncRunner}: waits while another run of the district holds it. */
    static SyncRunner runner(DistrictSync districtSync) {
        return districtRef -> {
            DistrictSync.Outcome outcome =
                    whenFree(districtRef, () -> districtSync.run(districtRef, SyncMode.AUTO, false));
            if (outcome instanceof DistrictSync.Outcome.Ran ran) {
                return ran.report();
            }
            throw new AdminException("district " + districtRef + ": unexpected outcome " + outcome);
        };
    }

    /** The platform's district sync as a {@link SlotSync}: waits while another run of the district holds it. */
    static SlotSync slotSync(DistrictSync districtSync) {
        return (districtRef, slot) ->
                whenFree(districtRef, () -> districtSync.runUnlessAppliedSince(districtRef, SyncMode.AUTO, slot));
    }

    private static DistrictSync.Outcome whenFree(long districtRef, Supplier<DistrictSync.Outcome> attempt) {
        for (int tries = 0; tries < BUSY_TRIES; tries++) {
            DistrictSync.Outcome outcome = attempt.get();
            if (!(outcome instanceof DistrictSync.Outcome.Busy)) {
                return outcome;
            }
            pause();
        }
        throw new AdminException("district " + districtRef + " stayed busy with another sync");
    }

    private static void pause() {
        try {
            Thread.sleep(BUSY_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException("interrupted while waiting for a district sync", e);
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        new EventsRoutes(platform, this).register(routes);
        new BrowseRoutes(platform, this).register(routes);
    }

    Events events() {
        return events;
    }

    ClassEditor editor() {
        return editor;
    }

    DataBrowser browser() {
        return browser;
    }

    EventSync sync() {
        return sync;
    }

    Optional<Instant> nextRun(Event event) {
        return platform.scheduler().nextRun(EventSync.key(event.id()));
    }

    List<RunRecord> history(long eventId) {
        return platform.scheduler().history(EventSync.key(eventId), 10);
    }

    long count(String sqlEndingInId, long id) {
        return jdbi.withHandle(h -> h.createQuery(sqlEndingInId + ":id")
                .bind("id", id)
                .mapTo(Long.class)
                .one());
    }

    /**
     * Why a connected district has no data yet, when its latest run (found once its Clever id is known) did
     * not apply: {@code ""} otherwise. Run id and status only.
     */
    String lastSyncProblem(long districtRef) {
        return jdbi.withHandle(h -> h.createQuery("select r.run_id, r.status from sync_runs r join admin_districts a"
                        + " on a.clever_id = r.district_clever_id where a.id = :r and a.clever_id <> ''"
                        + " order by r.started_at desc")
                .bind("r", districtRef)
                .setMaxRows(1)
                .map((rs, ctx) -> "applied".equals(rs.getString(2))
                        ? ""
                        : "The last sync of this district ended " + rs.getString(2) + " (run " + rs.getString(1)
                                + "): see the district's page.")
                .findFirst()
                .orElse(""));
    }

    /** The active schools of an app district as form choices. */
    List<Choice> schoolChoices(long districtId) {
        return jdbi.withHandle(h -> h.createQuery("select id, name from schools"
                        + " where district_id = :d and archived_at is null order by name, id")
                .bind("d", districtId)
                .map((rs, ctx) -> new Choice(rs.getLong("id"), rs.getString("name"), false))
                .list());
    }

    /** The terms of an app district that have sections, with their dates and section counts, as form choices. */
    List<Choice> termChoices(long districtId) {
        return browser.terms(new BrowseScope.District(districtId)).stream()
                .map(t -> new Choice(
                        t.id(),
                        t.name() + " (" + t.startDate() + " to " + t.endDate() + ", " + t.sections() + " sections)",
                        false))
                .toList();
    }
}
