package org.rosterbridge.scheduler;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** When a job runs by itself: on a cron schedule in a time zone, or only when asked ({@link Manual}). */
public sealed interface Schedule permits Schedule.Cron, Schedule.Manual {

    /** Every night at 1 AM: the default for the nightly sync of a district. */
    String NIGHTLY_CRON = "0 0 1 * * *";

    /** {@link #NIGHTLY_CRON} in {@code zone}, typically the district's time zone. */
    static Cron nightly(ZoneId zone) {
        return new Cron(NIGHTLY_CRON, zone);
    }

    static Cron cron(String expression, ZoneId zone) {
        return new Cron(expression, zone);
    }

    static Manual manual() {
        return new Manual();
    }

    /**
     * A six-field cron expression ({@code second minute hour day-of-month month day-of-week}, as in
     * Spring) evaluated in {@code zone}, so 1 AM stays 1 AM local time across daylight-saving changes.
     * Rejected at construction, with the expression in the message, when it does not parse or never
     * fires.
     */
    record Cron(String expression, ZoneId zone) implements Schedule {
        public Cron {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(zone, "zone");
            Crons.validate(expression, zone);
        }

        /** The first time strictly after {@code instant} at which this schedule fires. */
        public Instant nextAfter(Instant instant) {
            return Crons.next(expression, zone, instant);
        }
    }

    /** No schedule: the job runs only through {@link Scheduler#runNow(JobKey)}. */
    record Manual() implements Schedule {}
}
