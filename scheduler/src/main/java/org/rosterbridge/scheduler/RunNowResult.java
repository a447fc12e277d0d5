package org.rosterbridge.scheduler;

/** The answer to {@link Scheduler#runNow(JobKey)}. */
public enum RunNowResult {
    /** The run is due now; a node picks it up at its next poll (at once on this node when started). */
    QUEUED,
    /** A run for this key is in progress somewhere; no second one was started. */
    ALREADY_RUNNING
}
