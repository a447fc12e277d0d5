package org.rosterbridge.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void nightlyIsOneAmEveryDay() {
        assertThat(Schedule.NIGHTLY_CRON).isEqualTo("0 0 1 * * *");
        assertThat(Schedule.nightly(NEW_YORK)).isEqualTo(new Schedule.Cron("0 0 1 * * *", NEW_YORK));
    }

    @Test
    void nextAfterIsStrictlyLaterAndInTheScheduleZone() {
        Schedule.Cron nightly = Schedule.nightly(NEW_YORK);

        Instant first = nightly.nextAfter(Instant.parse("2026-07-01T12:00:00Z"));

        assertThat(first).isEqualTo(Instant.parse("2026-07-02T05:00:00Z"));
        assertThat(nightly.nextAfter(first)).isEqualTo(Instant.parse("2026-07-03T05:00:00Z"));
        assertThat(Schedule.nightly(ZoneId.of("Pacific/Honolulu")).nextAfter(first))
                .isEqualTo(Instant.parse("2026-07-02T11:00:00Z"));
    }

    @Test
    void aTimeInsideTheSpringForwardGapDoesNotRunThatDay() {
        // 02:30 does not exist in New York on 8 March 2026; cron-utils skips the day (see docs/scheduler.md).
        Schedule.Cron halfPastTwo = Schedule.cron("0 30 2 * * *", NEW_YORK);

        Instant saturday = halfPastTwo.nextAfter(Instant.parse("2026-03-06T12:00:00Z"));

        assertThat(saturday).isEqualTo(Instant.parse("2026-03-07T07:30:00Z"));
        assertThat(halfPastTwo.nextAfter(saturday)).isEqualTo(Instant.parse("2026-03-09T06:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 0 25 * * *", "0 0 1 * *", "0 0 1 * * * 2027", "nightly", "", "-", "0 0 1 30 2 *"})
    void rejectsABadCronNamingTheExpression(String expression) {
        assertThatThrownBy(() -> Schedule.cron(expression, NEW_YORK))
                .isInstanceOf(SchedulerException.class)
                .hasMessageStartingWith("Invalid cron expression '" + expression + "': ")
                .hasMessageContaining("Expected six fields");
    }

    @Test
    void saysWhyADateThatNeverComesIsRejected() {
        assertThatThrownBy(() -> Schedule.cron("0 0 1 30 2 *", NEW_YORK)).hasMessageContaining("never fires");
    }

    @Test
    void jobKeysNameTheirKindAndInstance() {
        JobKey key = JobKey.of("sync", "district 7/β");

        assertThat(key).hasToString("sync/district 7/β");
        assertThatThrownBy(() -> JobKey.of("Sync", "x")).hasMessageContaining("Job kind 'Sync'");
        assertThatThrownBy(() -> JobKey.of("sync", " ")).hasMessageContaining("non-blank");
        assertThatThrownBy(() -> JobKey.of("sync", "a\nb")).hasMessageContaining("control characters");
        assertThatThrownBy(() -> JobKey.of("sync", "x".repeat(251))).hasMessageContaining("at most 250");
    }

    @Test
    void onlyAnEnabledCronJobRunsOnSchedule() {
        JobKey key = JobKey.of("sync", "district-7");

        assertThat(new Job(key, Schedule.nightly(NEW_YORK), true).runsOnSchedule())
                .isTrue();
        assertThat(new Job(key, Schedule.nightly(NEW_YORK), false).runsOnSchedule())
                .isFalse();
        assertThat(new Job(key, Schedule.manual(), true).runsOnSchedule()).isFalse();
    }

    @Test
    void runningJobPercentIsCappedAndZeroWhileTheTotalIsUnknown() {
        JobKey key = JobKey.of("sync", "district-7");
        Instant now = Instant.parse("2026-07-01T12:00:00Z");

        assertThat(new RunningJob(1, key, Trigger.MANUAL, "n", now, 5, 0).percent())
                .isZero();
        assertThat(new RunningJob(1, key, Trigger.MANUAL, "n", now, 1, 3).percent())
                .isEqualTo(33);
        assertThat(new RunningJob(1, key, Trigger.MANUAL, "n", now, 12, 10).percent())
                .isEqualTo(100);
    }
}
