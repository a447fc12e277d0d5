package org.rosterbridge.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rosterbridge.scheduler.Job;
import org.rosterbridge.scheduler.JobKey;
import org.rosterbridge.scheduler.RunNowResult;
import org.rosterbridge.scheduler.Schedule;
import org.rosterbridge.scheduler.Scheduler;
import org.rosterbridge.scheduler.SchedulerException;

/**
 * Sync control per event on the {@code scheduler} module: a nightly job per event (1 AM in the district's
 * zone unless changed), "Sync now", "Stop Sync For the Selected Event", "Stop Sync For All Events" and
 * resume. The job itself is {@link EventSyncJob}.
 */
final class EventSync {

    private final Scheduler scheduler;
    private final Events events;

    EventSync(Scheduler scheduler, Events events) {
        this.scheduler = scheduler;
        this.events = events;
    }

    static JobKey key(long eventId) {
        return JobKey.of(EventSyncJob.KIND, Long.toString(eventId));
    }

    /** Declares the event's nightly sync at 1 AM in its zone; a job that exists keeps its cron and pause. */
    void declare(Event event) {
        if (scheduler.job(key(event.id())).isEmpty()) {
            scheduler.schedule(key(event.id()), Schedule.nightly(event.zone()));
        }
    }

    /** Sets the event's cron (six fields, in the event's zone). Empty when accepted, else why not. */
    Optional<String> changeCron(Event event, String expression) {
        try {
            scheduler.schedule(key(event.id()), Schedule.cron(expression.strip(), event.zone()));
            return Optional.empty();
        } catch (SchedulerException e) {
            return Optional.of("not a cron expression this scheduler accepts: " + expression.strip());
        }
    }

    /** The event's cron expression, or {@code ""} when it has no schedule. */
    String cron(long eventId) {
        return scheduler
                .job(key(eventId))
                .map(Job::schedule)
                .filter(Schedule.Cron.class::isInstance)
                .map(s -> ((Schedule.Cron) s).expression())
                .orElse("");
    }

    boolean enabled(long eventId) {
        return scheduler.job(key(eventId)).map(Job::enabled).orElse(false);
    }

    RunNowResult syncNow(long eventId) {
        return scheduler.runNow(key(eventId));
    }

    /** "Stop Sync For the Selected Event". Returns whether its sync was on. */
    boolean stop(long eventId) {
        return scheduler.pause(key(eventId));
    }

    /** The events "Stop Sync For All Events" would stop: those whose nightly sync is on. */
    List<Event> syncEnabledEvents() {
        List<Event> enabled = new ArrayList<>();
        for (JobKey key : scheduler.enabled(EventSyncJob.KIND)) {
            events.event(Long.parseLong(key.instance())).ifPresent(enabled::add);
        }
        return enabled;
    }

    /** "Stop Sync For All Events". Returns the ids of the events it stopped. */
    List<Long> stopAll() {
        return scheduler.pauseAll(EventSyncJob.KIND).stream()
                .map(k -> Long.parseLong(k.instance()))
                .toList();
    }

    boolean resume(long eventId) {
        return scheduler.resume(key(eventId));
    }
}
