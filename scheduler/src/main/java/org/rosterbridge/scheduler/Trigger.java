package org.rosterbridge.scheduler;

/** Why a run started. */
public enum Trigger {
    /** The job's cron schedule came due (or was overdue when a node started). */
    SCHEDULED,
    /** Someone asked for it: {@link Scheduler#runNow(JobKey)}, "Sync now". */
    MANUAL
}
