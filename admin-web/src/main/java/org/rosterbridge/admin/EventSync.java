package org.rosterbridge.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rosterbridge.scheduler.Job;
import org.rosterbridge.scheduler.JobKey;
import org.rosterbridge.scheduler.RunNowResult;
import org.rosterbridge.scheduler.RunningJob;
import org.rosterbridge.scheduler.Schedule;
import org.rosterbridge.scheduler.Scheduler;
import org.rosterbridge.scheduler.SchedulerException;
import org.rosterbridge.scheduler.Trigger;

/**
 * Sync control per event on the {@code scheduler} module: a nightly job per event (1 AM in the district's
 * zone unless changed), "Sync now", "Stop Sync For the Selected Event", "Stop Sync For All Events" and
 * resume. The job itself is {@link EventSyncJob}.
 */
final class EventSync {

    /**
     * How far back a scheduled run looks for its slot: a node down for longer than this makes the overdue
     * run sync afresh rather than count a run from days ago.
     */
    static final Duration SLOT_LOOKBACK = Duration.ofDays(2);

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

    /**
     * The time the event's running job asks data for: a scheduled run's cron slot (the latest time at or
     * before the run's start when the cron fired), a manual run's start ("Sync now" wants data newer than
     * the click). {@code now} when no run of the event is in progress. A district run that started at or
     * after this time serves the job, so events of one district sharing a slot sync the district once.
     */
    Instant slot(long eventId, Instant now) {
        JobKey key = key(eventId);
        Optional<RunningJob> run =
                scheduler.running().stream().filter(r -> r.key().equals(key)).findFirst();
        if (run.isEmpty()) {
            return now;
        }
        Instant started = run.get().started();
        if (run.get().trigger() == Trigger.MANUAL) {
            return started;
        }
        return scheduler
                .job(key)
                .map(Job::schedule)
                .filter(Schedule.Cron.class::isInstance)
                .map(s -> lastFiring((Schedule.Cron) s, started))
                .orElse(started);
    }

    /**
     * The latest time at or before {@code at} when {@code cron} fired, looking back at most {@link
     * #SLOT_LOOKBACK}; {@code at} itself when it did not fire in that span. The cron API only looks forward,
     * so the span doubles from a second until it holds a firing, then walks forward to the last one.
     */
    static Instant lastFiring(Schedule.Cron cron, Instant at) {
        for (Duration back = Duration.ofSeconds(1); back.compareTo(SLOT_LOOKBACK) <= 0; back = back.multipliedBy(2)) {
            Instant slot = cron.nextAfter(at.minus(back));
            if (!slot.isAfter(at)) {
                for (Instant next = cron.nextAfter(slot); !next.isAfter(at); next = cron.nextAfter(next)) {
                    slot = next;
                }
                return slot;
            }
        }
        return at;
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
