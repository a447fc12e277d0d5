package org.rosterbridge.scheduler;

/** What a running job can tell the scheduler while it works. */
public interface RunContext {

    /**
     * Reports progress for a live progress bar ({@link Scheduler#running()}). Cheap to call often: the
     * database is written only when the percentage changes or once a second.
     *
     * @param done units of work finished so far, {@code >= 0}
     * @param total units of work in all, {@code >= 0}; {@code 0} while unknown
     */
    void progress(long done, long total);
}
