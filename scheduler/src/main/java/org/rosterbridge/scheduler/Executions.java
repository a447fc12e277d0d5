package org.rosterbridge.scheduler;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Our side of db-scheduler's {@code scheduled_tasks} table. Each job has at most one execution there
 * (task name = kind, instance = key): that single row is what keeps a key to one run at a time across
 * nodes. Its data is the {@link Trigger} name, so a manually queued run is never mistaken for, or
 * cancelled like, a scheduled one. Thread-safe.
 */
final class Executions {
    private static final int RUN_NOW_ATTEMPTS = 5;

    private final com.github.kagkarlsson.scheduler.Scheduler db;
    private final InstantSource clock;

    Executions(com.github.kagkarlsson.scheduler.Scheduler db, InstantSource clock) {
        this.db = db;
        this.clock = clock;
    }

    static Trigger trigger(Object data) {
        return Trigger.MANUAL.name().equals(data) ? Trigger.MANUAL : Trigger.SCHEDULED;
    }

    Optional<ScheduledExecution<Object>> find(JobKey key) {
        return db.getScheduledExecution(id(key));
    }

    /** Schedules the job's next run at {@code at} unless it already has an execution. */
    void ensureScheduled(JobKey key, Instant at) {
        db.scheduleIfNotExists(instance(key, Trigger.SCHEDULED), at);
    }

    /** Moves a pending scheduled run to {@code at}; a running or manually queued one is left alone. */
    void moveScheduled(JobKey key, Instant at) {
        Optional<ScheduledExecution<Object>> execution = find(key);
        if (execution.isEmpty()) {
            ensureScheduled(key, at);
        } else if (isPendingScheduled(execution.get())) {
            ignoringRaces(() -> db.reschedule(id(key), at, Trigger.SCHEDULED.name()));
        }
    }

    /**
     * Cancels a pending scheduled run. A running one cannot be cancelled; the run's completion sees the
     * job is no longer on schedule and plans nothing.
     */
    void cancelScheduled(JobKey key) {
        find(key).filter(Executions::isPendingScheduled).ifPresent(e -> ignoringRaces(() -> db.cancel(id(key))));
    }

    /** Cancels any pending run, scheduled or manual. */
    void cancelPending(JobKey key) {
        find(key).filter(e -> !e.isPicked()).ifPresent(e -> ignoringRaces(() -> db.cancel(id(key))));
    }

    RunNowResult runNow(JobKey key) {
        for (int attempt = 0; attempt < RUN_NOW_ATTEMPTS; attempt++) {
            Optional<RunNowResult> result = tryRunNow(key);
            if (result.isPresent()) {
                return result.get();
            }
        }
        throw SchedulerException.forJob(key, "Could not queue a run: its execution kept changing under us");
    }

    /** Empty when the execution changed between reading and writing it (another node): try again. */
    private Optional<RunNowResult> tryRunNow(JobKey key) {
        Instant now = clock.instant();
        Optional<ScheduledExecution<Object>> execution = find(key);
        if (execution.isEmpty()) {
            return queuedIf(db.scheduleIfNotExists(instance(key, Trigger.MANUAL), now));
        }
        if (execution.get().isPicked()) {
            return Optional.of(RunNowResult.ALREADY_RUNNING);
        }
        try {
            return queuedIf(db.reschedule(id(key), now, Trigger.MANUAL.name()));
        } catch (TaskInstanceCurrentlyExecutingException e) {
            return Optional.of(RunNowResult.ALREADY_RUNNING);
        } catch (TaskInstanceNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<RunNowResult> queuedIf(boolean done) {
        return done ? Optional.of(RunNowResult.QUEUED) : Optional.empty();
    }

    private static boolean isPendingScheduled(ScheduledExecution<Object> execution) {
        return !execution.isPicked() && trigger(execution.getData()) == Trigger.SCHEDULED;
    }

    private static void ignoringRaces(Runnable change) {
        try {
            change.run();
        } catch (TaskInstanceException e) {
            // Picked or removed by a node meanwhile: that run's completion plans what comes next.
        }
    }

    private static TaskInstanceId id(JobKey key) {
        return TaskInstanceId.of(key.kind(), key.instance());
    }

    private static TaskInstance<String> instance(JobKey key, Trigger trigger) {
        return new TaskInstance<>(key.kind(), key.instance(), trigger.name());
    }
}
