package org.rosterbridge.scheduler;

import java.util.Objects;

/**
 * A job as stored: its key, its schedule, and whether the schedule is enabled (a paused job keeps its
 * schedule, so resuming it needs no other input).
 */
public record Job(JobKey key, Schedule schedule, boolean enabled) {
    public Job {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(schedule, "schedule");
    }

    /** True when the job fires by itself: enabled and on a cron schedule. */
    public boolean runsOnSchedule() {
        return enabled && schedule instanceof Schedule.Cron;
    }
}
