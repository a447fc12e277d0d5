package org.rosterbridge.scheduler;

import java.io.Serial;

/**
 * The base of this module's exceptions: misuse (an unknown job, a bad cron expression, a kind with no
 * handler) and database failures. A job handler's own failure is never thrown: it becomes a failed run.
 */
public class SchedulerException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public SchedulerException(String message) {
        super(message);
    }

    public SchedulerException(String message, Throwable cause) {
        super(message, cause);
    }

    static SchedulerException forJob(JobKey key, String sentence) {
        return new SchedulerException(sentence + " (job: " + key + ")");
    }
}
