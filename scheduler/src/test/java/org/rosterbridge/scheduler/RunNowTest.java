package org.rosterbridge.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** "Sync now", and never two runs of one key at once. */
@ParameterizedClass
@EnumSource(Database.class)
class RunNowTest extends SchedulerFixture {
    @Test
    void runNowRunsAtOnce() {
        scheduler.schedule(DISTRICT_7, Schedule.manual());

        assertThat(scheduler.runNow(DISTRICT_7)).isEqualTo(RunNowResult.QUEUED);
        assertThat(scheduler.nextRun(DISTRICT_7)).contains(clock.instant());
        List<RunRecord> runs = scheduler.runDueNow();

        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.key()).isEqualTo(DISTRICT_7);
            assertThat(run.trigger()).isEqualTo(Trigger.MANUAL);
            assertThat(run.outcome()).isEqualTo(RunOutcome.succeeded("synced district-7"));
            assertThat(run.started()).isEqualTo(clock.instant());
            assertThat(run.node()).isEqualTo("node-a");
        });
        assertThat(scheduler.runDueNow()).isEmpty();
    }

    @Test
    void runNowReplacesThePendingScheduledRunAndTheScheduleGoesOn() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        scheduler.runNow(DISTRICT_7);
        assertThat(scheduler.runDueNow()).hasSize(1);

        assertThat(scheduler.nextRun(DISTRICT_7)).contains(newYork(2026, 9, 2, 1, 0));
        assertThat(runUntil(scheduler, newYork(2026, 9, 2, 12, 0), Duration.ofHours(1)))
                .extracting(RunRecord::trigger)
                .containsExactly(Trigger.SCHEDULED);
    }

    @Test
    void runNowOfAPausedJobRunsOnceAndLeavesItPaused() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));
        scheduler.pause(DISTRICT_7);

        scheduler.runNow(DISTRICT_7);

        assertThat(scheduler.runDueNow()).hasSize(1);
        assertThat(scheduler.nextRun(DISTRICT_7)).isEmpty();
        assertThat(runUntil(scheduler, newYork(2026, 9, 3, 12, 0), Duration.ofHours(1)))
                .isEmpty();
    }

    @Test
    void runNowNeverStartsASecondRunForAKeyInProgress() throws Exception {
        FakeHandler.Gate gate = new FakeHandler.Gate();
        sync.doing((key, context) -> gate.pass(key));
        scheduler.schedule(DISTRICT_7, Schedule.manual());
        scheduler.runNow(DISTRICT_7);
        CompletableFuture<List<RunRecord>> first = CompletableFuture.supplyAsync(scheduler::runDueNow);
        gate.awaitEntered();

        RunNowResult second = scheduler.runNow(DISTRICT_7);
        List<RunRecord> meanwhile = scheduler.runDueNow();
        List<RunningJob> running = scheduler.running();
        gate.release();

        assertThat(second).isEqualTo(RunNowResult.ALREADY_RUNNING);
        assertThat(meanwhile).isEmpty();
        assertThat(running).extracting(RunningJob::key).containsExactly(DISTRICT_7);
        assertThat(first.get(60, TimeUnit.SECONDS)).hasSize(1);
        assertThat(sync.calls).containsExactly(DISTRICT_7);
        assertThat(scheduler.runNow(DISTRICT_7)).isEqualTo(RunNowResult.QUEUED);
    }

    @Test
    void runNowOfAnUnknownJobOrKindIsRejected() {
        assertThatThrownBy(() -> scheduler.runNow(DISTRICT_7))
                .isInstanceOf(SchedulerException.class)
                .hasMessageContaining("Unknown job")
                .hasMessageContaining("(job: sync/district-7)");
        assertThatThrownBy(() -> scheduler.schedule(JobKey.of("report", "x"), Schedule.manual()))
                .isInstanceOf(SchedulerException.class)
                .hasMessageContaining("No handler for kind 'report'");
    }

    @Test
    void runDueNowRunsEveryDueJobEvenBeyondOneFetch() {
        List<JobKey> keys = IntStream.range(0, 70)
                .mapToObj(i -> JobKey.of("sync", "district-" + i))
                .toList();
        keys.forEach(key -> scheduler.schedule(key, Schedule.nightly(NEW_YORK)));
        clock.set(newYork(2026, 9, 2, 1, 0));

        assertThat(scheduler.runDueNow()).extracting(RunRecord::key).containsExactlyInAnyOrderElementsOf(keys);
    }
}
