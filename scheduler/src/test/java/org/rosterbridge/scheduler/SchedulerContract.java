package org.rosterbridge.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rosterbridge.testkit.ManualClock;

/** The scheduler's behaviour, run against each database by a subclass. */
abstract class SchedulerContract {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final JobKey DISTRICT_7 = JobKey.of("sync", "district-7");

    final List<Scheduler> nodes = new ArrayList<>();
    final FakeHandler sync = new FakeHandler();
    final FakeHandler export = new FakeHandler();
    DataSource dataSource;
    ManualClock clock;
    Scheduler scheduler;

    abstract DataSource freshDatabase();

    @BeforeEach
    void setUp() {
        dataSource = freshDatabase();
        clock = new ManualClock(newYork(2026, 9, 1, 8, 0));
        scheduler = manualNode("node-a");
    }

    @AfterEach
    void closeNodes() {
        nodes.forEach(Scheduler::close);
        Databases.close(dataSource);
    }

    Scheduler manualNode(String name) {
        Scheduler node = Scheduler.builder(dataSource)
                .clock(clock)
                .nodeName(name)
                .handler("sync", sync)
                .handler("export", export)
                .manual()
                .build();
        node.start();
        nodes.add(node);
        return node;
    }

    static Instant newYork(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
    }

    /** Moves the clock in steps up to {@code until}, running what is due at each step. */
    List<RunRecord> runUntil(Scheduler node, Instant until, Duration step) {
        List<RunRecord> runs = new ArrayList<>();
        while (clock.instant().isBefore(until)) {
            clock.advance(step);
            runs.addAll(node.runDueNow());
        }
        return runs;
    }

    static List<ZonedDateTime> localStarts(List<RunRecord> runs) {
        return runs.stream().map(r -> r.started().atZone(NEW_YORK)).toList();
    }

    // --- cron schedules in a time zone ---

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

    // --- pause and resume ---

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

    @Test
    void aClosedSchedulerCannotStartAgain() {
        scheduler.close();

        assertThatThrownBy(scheduler::start).hasMessageContaining("closed");
        assertThatThrownBy(scheduler::runDueNow).hasMessageContaining("no close()");
        scheduler.schedule(DISTRICT_7, Schedule.manual()); // the database side still works
        assertThat(scheduler.jobs()).hasSize(1);
    }

    // --- run now ---

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

    // --- running, history, overdue ---

    @Test
    void runningShowsTheProgressAHandlerReports() {
        List<List<RunningJob>> seen = new ArrayList<>();
        sync.doing((key, context) -> {
            context.progress(0, 0);
            seen.add(scheduler.running());
            context.progress(5, 10);
            seen.add(scheduler.running());
            return RunOutcome.succeeded("10 users");
        });
        scheduler.schedule(DISTRICT_7, Schedule.manual());
        scheduler.runNow(DISTRICT_7);

        scheduler.runDueNow();

        assertThat(seen.get(0)).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(DISTRICT_7);
            assertThat(r.node()).isEqualTo("node-a");
            assertThat(r.percent()).isZero();
        });
        assertThat(seen.get(1)).singleElement().satisfies(r -> {
            assertThat(r.done()).isEqualTo(5);
            assertThat(r.total()).isEqualTo(10);
            assertThat(r.percent()).isEqualTo(50);
        });
        assertThat(scheduler.running()).isEmpty();
    }

    @Test
    void negativeProgressFailsTheRunNotTheScheduler() {
        sync.doing((key, context) -> {
            context.progress(-1, 10);
            return RunOutcome.succeeded("unreachable");
        });
        scheduler.schedule(DISTRICT_7, Schedule.manual());

        runNow(DISTRICT_7);

        assertThat(scheduler.history(DISTRICT_7, 1))
                .singleElement()
                .extracting(RunRecord::summary)
                .asString()
                .contains("Progress must not be negative, got -1/10");
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

    @Test
    void historyListsFinishedRunsNewestFirst() {
        List<RunOutcome> outcomes = List.of(
                RunOutcome.succeeded("12 changes"),
                RunOutcome.held("would delete 40% of students"),
                RunOutcome.failed("Clever answered 503"));
        List<RunOutcome> remaining = new ArrayList<>(outcomes);
        sync.doing((key, context) -> remaining.remove(0));
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        runUntil(scheduler, newYork(2026, 9, 4, 8, 0), Duration.ofHours(1));

        List<RunRecord> history = scheduler.history(DISTRICT_7, 2);
        assertThat(history).extracting(RunRecord::outcome).containsExactly(outcomes.get(2), outcomes.get(1));
        assertThat(history)
                .extracting(RunRecord::summary)
                .containsExactly("Clever answered 503", "would delete 40% of students");
        assertThat(history.get(0).started()).isEqualTo(newYork(2026, 9, 4, 1, 0));
        assertThat(history.get(0).finished()).isEqualTo(history.get(0).started());
        assertThat(scheduler.history(DISTRICT_7, 10)).hasSize(3);
        assertThat(scheduler.history(JobKey.of("sync", "other"), 10)).isEmpty();
    }

    @Test
    void overdueListsKeysWithoutASuccessInTheGivenAge() {
        JobKey fresh = JobKey.of("sync", "a-fresh");
        JobKey stale = JobKey.of("sync", "b-stale");
        JobKey never = JobKey.of("sync", "c-never");
        JobKey failing = JobKey.of("sync", "d-failing");
        List.of(fresh, stale, never, failing).forEach(key -> scheduler.schedule(key, Schedule.manual()));
        sync.doing((key, context) ->
                key.equals(failing) ? RunOutcome.failed("Clever answered 503") : RunOutcome.succeeded("ok"));
        runNow(stale);
        clock.advance(Duration.ofHours(23));
        runNow(fresh);
        runNow(failing);
        clock.advance(Duration.ofHours(2));

        assertThat(scheduler.overdue("sync", Duration.ofHours(24))).containsExactly(stale, never, failing);
        assertThat(scheduler.overdue("sync", Duration.ofHours(48))).containsExactly(never, failing);
        assertThat(scheduler.overdue("export", Duration.ofHours(24))).isEmpty();
    }

    private void runNow(JobKey key) {
        scheduler.runNow(key);
        scheduler.runDueNow();
    }

    // --- failures ---

    @Test
    void handlerExceptionBecomesAFailedRunAndTheJobStaysScheduled() {
        sync.doing((key, context) -> {
            throw new IllegalStateException("Clever token rejected for " + key.instance());
        });
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));

        List<RunRecord> runs = runUntil(scheduler, newYork(2026, 9, 2, 12, 0), Duration.ofHours(1));

        assertThat(runs)
                .singleElement()
                .satisfies(run -> assertThat(run.outcome())
                        .isInstanceOf(RunOutcome.Failed.class)
                        .extracting(RunOutcome::text)
                        .asString()
                        .contains("IllegalStateException", "Clever token rejected for district-7"));
        assertThat(scheduler.nextRun(DISTRICT_7)).contains(newYork(2026, 9, 3, 1, 0));
        sync.doing((key, context) -> RunOutcome.succeeded("recovered"));
        assertThat(runUntil(scheduler, newYork(2026, 9, 3, 12, 0), Duration.ofHours(1)))
                .extracting(RunRecord::summary)
                .containsExactly("recovered");
    }

    @Test
    void runLeftOpenByADeadNodeIsClosedAsFailedWhenTheKeyRunsAgain() throws SQLException {
        scheduler.schedule(DISTRICT_7, Schedule.manual());
        execute("INSERT INTO job_run (kind, instance_key, run_trigger, node, started, status, summary, done, total)"
                + " VALUES ('sync', 'district-7', 'SCHEDULED', 'node-dead', TIMESTAMP WITH TIME ZONE"
                + " '2026-09-01 05:00:00+00', 'RUNNING', '', 3, 10)");

        runNow(DISTRICT_7);

        assertThat(scheduler.history(DISTRICT_7, 5))
                .extracting(RunRecord::node, RunRecord::outcome)
                .containsExactly(
                        tuple("node-a", RunOutcome.succeeded("synced district-7")),
                        tuple("node-dead", RunOutcome.failed(RunStore.INTERRUPTED)));
    }

    // --- lifecycle and storage ---

    @Test
    void startGivesAnEnabledJobThatLostItsExecutionANewOne() throws SQLException {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));
        execute("DELETE FROM scheduled_tasks");

        Scheduler restarted = manualNode("node-b");

        List<RunRecord> runs = runUntil(restarted, newYork(2026, 9, 2, 12, 0), Duration.ofHours(1));
        assertThat(runs).extracting(RunRecord::node).containsExactly("node-b");
    }

    @Test
    void removeForgetsTheJobButKeepsItsHistory() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));
        runNow(DISTRICT_7);

        assertThat(scheduler.remove(DISTRICT_7)).isTrue();

        assertThat(scheduler.jobs("sync")).isEmpty();
        assertThat(scheduler.nextRun(DISTRICT_7)).isEmpty();
        assertThat(runUntil(scheduler, newYork(2026, 9, 3, 12, 0), Duration.ofHours(1)))
                .isEmpty();
        assertThat(scheduler.history(DISTRICT_7, 5)).hasSize(1);
    }

    @Test
    void migratingAgainIsHarmless() {
        Scheduler.migrate(dataSource);
        Scheduler.migrate(dataSource);

        scheduler.schedule(DISTRICT_7, Schedule.manual());
        assertThat(scheduler.jobs()).extracting(Job::key).containsExactly(DISTRICT_7);
    }

    @Test
    void migrationsLeaveAnotherModulesFlywayHistoryAlone() {
        DataSource shared = freshDatabase();
        try {
            Flyway.configure()
                    .dataSource(shared)
                    .locations("classpath:db/othermodule")
                    .load()
                    .migrate();

            Scheduler.migrate(shared);

            assertThat(Flyway.configure()
                            .dataSource(shared)
                            .locations("classpath:db/othermodule")
                            .load()
                            .info()
                            .applied())
                    .hasSize(1);
            Scheduler node = Scheduler.builder(shared).handler("sync", sync).build();
            node.schedule(DISTRICT_7, Schedule.manual());
            assertThat(node.jobs()).hasSize(1);
        } finally {
            Databases.close(shared);
        }
    }

    // --- several nodes on one database ---

    @Test
    void twoManualNodesRacingForDueJobsRunEachExactlyOnce() throws Exception {
        Scheduler other = manualNode("node-b");
        List<JobKey> keys = IntStream.range(0, 20)
                .mapToObj(i -> JobKey.of("sync", "district-" + i))
                .toList();
        keys.forEach(key -> scheduler.schedule(key, Schedule.nightly(NEW_YORK)));
        clock.set(newYork(2026, 9, 2, 1, 0));
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<List<RunRecord>> a = CompletableFuture.supplyAsync(() -> afterBarrier(together, scheduler));
        CompletableFuture<List<RunRecord>> b = CompletableFuture.supplyAsync(() -> afterBarrier(together, other));
        List<RunRecord> all = new ArrayList<>(a.get(60, TimeUnit.SECONDS));
        all.addAll(b.get(60, TimeUnit.SECONDS));

        assertThat(all).extracting(RunRecord::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(sync.calls).containsExactlyInAnyOrderElementsOf(keys);
        keys.forEach(key -> assertThat(scheduler.history(key, 5)).hasSize(1));
    }

    private static List<RunRecord> afterBarrier(CyclicBarrier barrier, Scheduler node) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return node.runDueNow();
    }

    @Test
    void twoStartedNodesRunEachQueuedJobExactlyOnce() throws Exception {
        List<JobKey> keys = IntStream.range(0, 10)
                .mapToObj(i -> JobKey.of("export", "district-" + i))
                .toList();
        keys.forEach(key -> scheduler.schedule(key, Schedule.manual()));
        Scheduler first = startedNode("node-1");
        Scheduler second = startedNode("node-2");

        IntStream.range(0, keys.size())
                .forEach(i -> assertThat((i % 2 == 0 ? first : second).runNow(keys.get(i)))
                        .isEqualTo(RunNowResult.QUEUED));
        awaitFinishedRuns(keys);
        first.close();
        second.close();

        assertThat(export.calls).containsExactlyInAnyOrderElementsOf(keys);
        keys.forEach(key -> assertThat(scheduler.history(key, 5)).hasSize(1));
    }

    private Scheduler startedNode(String name) {
        Scheduler node = Scheduler.builder(dataSource)
                .clock(clock)
                .nodeName(name)
                .handler("export", export)
                .threads(2)
                .pollInterval(Duration.ofMillis(50))
                .build();
        nodes.add(node);
        node.start();
        return node;
    }

    /** Waits for an event, not for time: the runs' records appear when they end. */
    private void awaitFinishedRuns(List<JobKey> keys) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!keys.stream().allMatch(key -> !scheduler.history(key, 1).isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Runs did not finish within a minute: " + export.calls);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                java.sql.ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
