package org.rosterbridge.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** "Stop Sync For the Selected Event", "Stop Sync For All Events", and resuming. */
@ParameterizedClass
@EnumSource(Database.class)
class PauseResumeTest extends SchedulerFixture {
    @Test
    void pausedJobDoesNotFireUntilResumed() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        assertThat(scheduler.pause(DISTRICT_7)).isTrue();
        assertThat(scheduler.nextRun(DISTRICT_7)).isEmpty();
        assertThat(runUntil(scheduler, newYork(2026, 9, 3, 12, 0), Duration.ofMinutes(30)))
                .isEmpty();

        assertThat(scheduler.resume(DISTRICT_7)).isTrue();
        assertThat(scheduler.nextRun(DISTRICT_7)).contains(newYork(2026, 9, 4, 1, 0));
        List<RunRecord> runs = runUntil(scheduler, newYork(2026, 9, 4, 12, 0), Duration.ofMinutes(30));
        assertThat(runs).extracting(RunRecord::started).containsExactly(newYork(2026, 9, 4, 1, 0));
    }

    @Test
    void pausingTwiceSaysTheSecondChangedNothing() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        assertThat(scheduler.pause(DISTRICT_7)).isTrue();
        assertThat(scheduler.pause(DISTRICT_7)).isFalse();
        assertThat(scheduler.resume(DISTRICT_7)).isTrue();
        assertThat(scheduler.resume(DISTRICT_7)).isFalse();
    }

    @Test
    void reschedulingAPausedJobKeepsItPaused() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));
        scheduler.pause(DISTRICT_7);

        scheduler.schedule(DISTRICT_7, Schedule.cron("0 0 3 * * *", NEW_YORK));

        assertThat(scheduler.job(DISTRICT_7))
                .hasValueSatisfying(job -> assertThat(job.enabled()).isFalse());
        assertThat(runUntil(scheduler, newYork(2026, 9, 3, 12, 0), Duration.ofHours(1)))
                .isEmpty();
    }

    @Test
    void pauseAllReturnsTheEnabledKeysItPaused() {
        List<JobKey> districts = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> JobKey.of("sync", "district-" + i))
                .toList();
        districts.forEach(key -> scheduler.schedule(key, Schedule.nightly(NEW_YORK)));
        scheduler.pause(districts.get(1));
        scheduler.schedule(JobKey.of("sync", "district-manual"), Schedule.manual());
        JobKey nightlyExport = JobKey.of("export", "district-1");
        scheduler.schedule(nightlyExport, Schedule.nightly(NEW_YORK));

        List<JobKey> listed = scheduler.enabled("sync");
        List<JobKey> paused = scheduler.pauseAll("sync");

        assertThat(listed).containsExactly(districts.get(0), districts.get(2));
        assertThat(paused).isEqualTo(listed);
        assertThat(scheduler.enabled("sync")).isEmpty();
        assertThat(scheduler.enabled("export")).containsExactly(nightlyExport);
        List<RunRecord> runs = runUntil(scheduler, newYork(2026, 9, 2, 12, 0), Duration.ofHours(1));
        assertThat(runs).extracting(RunRecord::key).containsExactly(nightlyExport);
    }

    @Test
    void pausingDuringARunStopsTheScheduleWhenTheRunEnds() {
        sync.doing((key, context) -> {
            scheduler.pause(key);
            return RunOutcome.succeeded("paused myself");
        });
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        List<RunRecord> runs = runUntil(scheduler, newYork(2026, 9, 4, 12, 0), Duration.ofHours(1));

        assertThat(runs).hasSize(1);
        assertThat(scheduler.nextRun(DISTRICT_7)).isEmpty();
    }

    @Test
    void aScheduledRunLeftForAJobPausedMeanwhileIsDroppedWithoutRunning() throws SQLException {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));
        // What a pause racing the end of a run leaves: the flag is off but the scheduled row stayed.
        new JobStore(new Jdbc(dataSource)).setEnabled(DISTRICT_7, false, clock.instant());

        assertThat(runUntil(scheduler, newYork(2026, 9, 2, 12, 0), Duration.ofHours(1)))
                .isEmpty();
        assertThat(count("SELECT COUNT(*) FROM scheduled_tasks")).isZero();
    }

    @Test
    void resumingMovesAStaleScheduledRunToTheNextTime() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));
        new JobStore(new Jdbc(dataSource)).setEnabled(DISTRICT_7, false, clock.instant());
        clock.set(newYork(2026, 9, 5, 12, 0));

        scheduler.resume(DISTRICT_7);

        assertThat(scheduler.runDueNow()).isEmpty();
        assertThat(scheduler.nextRun(DISTRICT_7)).contains(newYork(2026, 9, 6, 1, 0));
    }
}
