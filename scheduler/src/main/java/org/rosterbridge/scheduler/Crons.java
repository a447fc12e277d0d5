package org.rosterbridge.scheduler;

import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Instant;
import java.time.ZoneId;

/** db-scheduler bundles cron-utils (shaded); this is the one place that touches it. */
final class Crons {
    private Crons() {}

    static void validate(String expression, ZoneId zone) {
        CronSchedule schedule;
        try {
            schedule = Schedules.cron(expression, zone);
        } catch (RuntimeException e) {
            throw invalid(expression, e.getMessage());
        }
        // db-scheduler reads "-" as "disabled", and an impossible date such as 30 February as "never".
        if (schedule.isDisabled() || next(schedule, Instant.EPOCH).equals(CronSchedule.NEVER)) {
            throw invalid(expression, "it never fires");
        }
    }

    static Instant next(String expression, ZoneId zone, Instant after) {
        return next(Schedules.cron(expression, zone), after);
    }

    private static Instant next(CronSchedule schedule, Instant after) {
        return schedule.getInitialExecutionTime(after);
    }

    private static SchedulerException invalid(String expression, String reason) {
        return new SchedulerException("Invalid cron expression '" + expression + "': " + reason
                + ". Expected six fields, second minute hour day-of-month month day-of-week, such as '"
                + Schedule.NIGHTLY_CRON + "' for 1 AM every day.");
    }
}
