package org.rosterbridge.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Cron schedules in a time zone: when runs happen, and how a changed schedule moves them. */
@ParameterizedClass
@EnumSource(Database.class)
class CronSchedulingTest extends SchedulerFixture {
    @Test
    void nightlyJobFiresAtOneAmInNewYorkAcrossTheAutumnDstChange() {
        clock.set(newYork(2026, 10, 30, 12, 0));
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        List<RunRecord> runs = runUntil(scheduler, newYork(2026, 11, 3, 12, 0), Duration.ofMinutes(30));

        assertThat(localStarts(runs)).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(1, 0));
        assertThat(localStarts(runs))
                .extracting(ZonedDateTime::toLocalDate)
                .containsExactly(
                        LocalDate.of(2026, 10, 31),
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 3));
        // 1 AM on 1 November happens twice (EDT, then EST); the job runs at the first only.
        assertThat(runs)
                .extracting(RunRecord::started)
                .containsExactly(
                        Instant.parse("2026-10-31T05:00:00Z"),
                        Instant.parse("2026-11-01T05:00:00Z"),
                        Instant.parse("2026-11-02T06:00:00Z"),
                        Instant.parse("2026-11-03T06:00:00Z"));
    }

    @Test
    void nightlyJobFiresAtOneAmInNewYorkAcrossTheSpringDstChange() {
        clock.set(newYork(2026, 3, 6, 12, 0));
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        List<RunRecord> runs = runUntil(scheduler, newYork(2026, 3, 10, 12, 0), Duration.ofMinutes(30));

        assertThat(runs)
                .extracting(RunRecord::started)
                .containsExactly(
                        Instant.parse("2026-03-07T06:00:00Z"),
                        Instant.parse("2026-03-08T06:00:00Z"),
                        Instant.parse("2026-03-09T05:00:00Z"),
                        Instant.parse("2026-03-10T05:00:00Z"));
        assertThat(runs).allSatisfy(r -> assertThat(r.trigger()).isEqualTo(Trigger.SCHEDULED));
    }

    @Test
    void nextRunIsTheNextOneAmInTheJobsZone() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        assertThat(scheduler.nextRun(DISTRICT_7)).contains(newYork(2026, 9, 2, 1, 0));
        assertThat(scheduler.job(DISTRICT_7)).contains(new Job(DISTRICT_7, Schedule.nightly(NEW_YORK), true));
    }

    @Test
    void changingTheCronMovesTheNextRun() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        scheduler.schedule(DISTRICT_7, Schedule.cron("0 30 2 * * *", NEW_YORK));
        assertThat(scheduler.nextRun(DISTRICT_7)).contains(newYork(2026, 9, 2, 2, 30));

        List<RunRecord> runs = runUntil(scheduler, newYork(2026, 9, 2, 12, 0), Duration.ofMinutes(30));
        assertThat(runs).extracting(RunRecord::started).containsExactly(newYork(2026, 9, 2, 2, 30));
    }

    @Test
    void schedulingTheSameScheduleAgainChangesNothing() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));
        clock.advance(Duration.ofHours(20)); // 04:00 the next day: past that night's 1 AM, which has not run

        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        assertThat(scheduler.nextRun(DISTRICT_7)).contains(newYork(2026, 9, 2, 1, 0));
        assertThat(scheduler.runDueNow()).hasSize(1);
    }

    @Test
    void manualScheduleNeverFiresByItself() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));
        scheduler.schedule(DISTRICT_7, Schedule.manual());

        assertThat(scheduler.nextRun(DISTRICT_7)).isEmpty();
        assertThat(runUntil(scheduler, newYork(2026, 9, 4, 8, 0), Duration.ofHours(1)))
                .isEmpty();
    }

    @Test
    void badCronIsRejectedWithTheExpressionInTheMessage() {
        assertThatThrownBy(() -> scheduler.schedule(DISTRICT_7, Schedule.cron("0 0 25 * * *", NEW_YORK)))
                .isInstanceOf(SchedulerException.class)
                .hasMessageContaining("'0 0 25 * * *'");
        assertThat(scheduler.job(DISTRICT_7)).isEmpty();
    }

    @Test
    void changingTheCronDuringARunTakesEffectWhenTheRunEnds() {
        sync.doing((key, context) -> {
            scheduler.schedule(key, Schedule.cron("0 0 3 * * *", NEW_YORK));
            return RunOutcome.succeeded("moved myself");
        });
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        List<RunRecord> runs = runUntil(scheduler, newYork(2026, 9, 3, 12, 0), Duration.ofHours(1));

        assertThat(runs)
                .extracting(RunRecord::started)
                .containsExactly(newYork(2026, 9, 2, 1, 0), newYork(2026, 9, 2, 3, 0), newYork(2026, 9, 3, 3, 0));
    }
}
