package org.rosterbridge.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import org.rosterbridge.scheduler.JobHandler;
import org.rosterbridge.scheduler.JobKey;
import org.rosterbridge.scheduler.RunContext;
import org.rosterbridge.scheduler.RunOutcome;
import org.rosterbridge.sync.RunReport;
import org.rosterbridge.sync.RunStatus;

/**
 * The scheduled (or "Sync now") run of one event: syncs the event's district, then materialises again, with
 * the ledger re-applied, this event and every other event of the district whose sync is on. Events whose
 * sync is stopped keep what they hold. When a run of the district that started at or after this job's slot
 * already applied (another event of the district shares the slot), the district is not synced again: only
 * this event is materialised again, from that run's data. Outcomes carry run and event ids only.
 */
final class EventSyncJob implements JobHandler {

    static final String KIND = "event-sync";

    private final Events events;
    private final SlotSync slotSync;
    private final LongFunction<Instant> slotOf;
    private final LongPredicate syncEnabled;

    /**
     * @param slotOf the time an event's running job asks data for ({@link EventSync#slot})
     * @param syncEnabled whether an event's scheduled sync is on (the scheduler knows; it is built after
     *     this handler, hence a predicate)
     */
    EventSyncJob(Events events, SlotSync slotSync, LongFunction<Instant> slotOf, LongPredicate syncEnabled) {
        this.events = events;
        this.slotSync = slotSync;
        this.slotOf = slotOf;
        this.syncEnabled = syncEnabled;
    }

    @Override
    public RunOutcome run(JobKey key, RunContext context) {
        long eventId = Long.parseLong(key.instance());
        Optional<Event> event = events.event(eventId);
        if (event.isEmpty()) {
            return RunOutcome.failed("event " + eventId + " does not exist");
        }
        context.progress(0, 2);
        DistrictSync.Outcome outcome = slotSync.sync(event.get().districtRef(), slotOf.apply(eventId));
        context.progress(1, 2);
        RunOutcome result;
        if (outcome instanceof DistrictSync.Outcome.AlreadyApplied applied) {
            result = alreadyApplied(eventId, applied);
        } else if (outcome instanceof DistrictSync.Outcome.Ran ran) {
            result = ran(event.get(), ran.report());
        } else {
            result = RunOutcome.failed("district " + event.get().districtRef() + ": no sync ran");
        }
        context.progress(2, 2);
        return result;
    }

    private RunOutcome alreadyApplied(long eventId, DistrictSync.Outcome.AlreadyApplied applied) {
        events.afterSync(List.of(eventId), applied.startedAt());
        return RunOutcome.succeeded("district sync run " + applied.runId()
                + " had already applied for this slot; no second sync; events [" + eventId + "]");
    }

    private RunOutcome ran(Event event, RunReport report) {
        if (report.status() != RunStatus.APPLIED) {
            String text = "district sync run " + report.runId() + " "
                    + report.status().wire();
            return report.status() == RunStatus.HELD ? RunOutcome.held(text) : RunOutcome.failed(text);
        }
        List<Long> refreshed = refreshed(event);
        events.afterSync(refreshed, report.startedAt());
        return RunOutcome.succeeded("district sync run " + report.runId() + " applied; events " + refreshed);
    }

    private List<Long> refreshed(Event trigger) {
        List<Long> ids = new ArrayList<>();
        for (Event e : events.eventsOf(trigger.districtRef())) {
            if (e.id() == trigger.id() || syncEnabled.test(e.id())) {
                ids.add(e.id());
            }
        }
        return ids;
    }
}
