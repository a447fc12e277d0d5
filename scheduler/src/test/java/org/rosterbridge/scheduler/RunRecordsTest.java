package org.rosterbridge.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** What the admin UI and the watchdog read: live progress, history, overdue keys, failed runs. */
@ParameterizedClass
@EnumSource(Database.class)
class RunRecordsTest extends SchedulerFixture {
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
        JobKey held = JobKey.of("sync", "e-held");
        List.of(fresh, stale, never, failing, held).forEach(key -> scheduler.schedule(key, Schedule.manual()));
        sync.doing((key, context) -> key.equals(failing)
                ? RunOutcome.failed("Clever answered 503")
                : key.equals(held) ? RunOutcome.held("would archive 900 students") : RunOutcome.succeeded("ok"));
        runNow(stale);
        clock.advance(Duration.ofHours(23));
        runNow(fresh);
        runNow(failing);
        runNow(held);
        clock.advance(Duration.ofHours(2));

        assertThat(scheduler.overdue("sync", Duration.ofHours(24))).containsExactly(stale, never, failing, held);
        assertThat(scheduler.overdue("sync", Duration.ofHours(48))).containsExactly(never, failing, held);
        assertThat(scheduler.overdue("export", Duration.ofHours(24))).isEmpty();
    }

    @Test
    void handlerAssertionErrorOrMissingOutcomeIsAFailedRunToo() {
        List<RunOutcome> answers = new ArrayList<>();
        answers.add(null);
        sync.doing((key, context) -> {
            if (answers.isEmpty()) {
                throw new AssertionError("district-7 has no schools");
            }
            return answers.remove(0);
        });
        scheduler.schedule(DISTRICT_7, Schedule.manual());

        runNow(DISTRICT_7);
        runNow(DISTRICT_7);

        assertThat(scheduler.history(DISTRICT_7, 5))
                .extracting(RunRecord::outcome)
                .containsExactly(
                        RunOutcome.failed("The handler threw java.lang.AssertionError: district-7 has no schools"),
                        RunOutcome.failed("The handler returned no outcome"));
    }

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
}
