package org.rosterbridge.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * sync is stopped keep what they hold. Outcomes carry run and event ids only.
 */
final class EventSyncJob implements JobHandler {

    static final String KIND = "event-sync";

    private final Events events;
    private final SyncRunner syncRunner;
    private final LongPredicate syncEnabled;

    /**
     * @param syncEnabled whether an event's scheduled sync is on (the scheduler knows; it is built after
     *     this handler, hence a predicate)
     */
    EventSyncJob(Events events, SyncRunner syncRunner, LongPredicate syncEnabled) {
        this.events = events;
        this.syncRunner = syncRunner;
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
        RunReport report = syncRunner.sync(event.get().districtRef());
        context.progress(1, 2);
        if (report.status() != RunStatus.APPLIED) {
            String text = "district sync run " + report.runId() + " "
                    + report.status().wire();
            return report.status() == RunStatus.HELD ? RunOutcome.held(text) : RunOutcome.failed(text);
        }
        List<Long> refreshed = refreshed(event.get());
        events.afterSync(refreshed);
        context.progress(2, 2);
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
