package org.rosterbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.export.SisExport;
import org.rosterbridge.export.SyntheticSis;
import org.rosterbridge.scheduler.JobKey;
import org.rosterbridge.scheduler.RunOutcome;
import org.rosterbridge.scheduler.RunRecord;
import org.rosterbridge.scheduler.Schedule;
import org.rosterbridge.scheduler.Scheduler;
import org.rosterbridge.testkit.ManualClock;

/** {@code export --schedule}: the scheduler in manual mode on a clock the test moves; nothing sleeps. */
class ScheduledExportTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Schedule.Cron NIGHTLY_AT_TWO = Schedule.cron("0 0 2 * * *", NEW_YORK);

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2027-03-01T12:00:00Z"));
    private final StringWriter out = new StringWriter();
    private HikariDataSource database;
    private Path sis;

    @BeforeEach
    void setUp() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        database = new HikariDataSource(config);
        sis = dir.resolve("sis");
        SisExport.generate(new SyntheticSis(120, 3, sis));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private ScheduledExport scheduled(String out) {
        ExportConfig config = new ExportConfig(
                Map.of("sis", sis.toString(), "out", dir.resolve(out).toString(), "include-staff", "true"),
                null,
                Map.of());
        return new ScheduledExport(database, config, NIGHTLY_AT_TWO, clock, true, new PrintWriter(this.out, true));
    }

    private List<RunRecord> runAtNextTime(ScheduledExport export) {
        clock.set(export.nextRun().orElseThrow());
        return export.runDueNow();
    }

    @Test
    void exportsAtTheScheduledTimeInItsZone() {
        try (ScheduledExport export = scheduled("out")) {
            export.start();
            assertThat(export.nextRun()).contains(Instant.parse("2027-03-02T07:00:00Z"));
            assertThat(export.runDueNow()).as("not due yet").isEmpty();

            List<RunRecord> runs = runAtNextTime(export);

            assertThat(runs).singleElement().satisfies(run -> {
                assertThat(run.outcome()).isInstanceOf(RunOutcome.Succeeded.class);
                assertThat(run.summary()).startsWith("delivered").containsPattern("students.csv [1-9]\\d*");
            });
            assertThat(dir.resolve("out/students.csv")).exists();
            assertThat(dir.resolve("out/staff.csv")).exists();
            assertThat(export.nextRun()).contains(Instant.parse("2027-03-03T07:00:00Z"));
        }
    }

    @Test
    void aFailedRunDoesNotStopTheSchedule() throws IOException {
        try (ScheduledExport export = scheduled("out")) {
            export.start();
            Path away = Files.move(sis, dir.resolve("gone"));

            assertThat(runAtNextTime(export))
                    .singleElement()
                    .satisfies(run -> assertThat(run.outcome()).isInstanceOf(RunOutcome.Failed.class));
            assertThat(export.nextRun()).as("still scheduled").isPresent();

            Files.move(away, sis);
            assertThat(runAtNextTime(export))
                    .singleElement()
                    .satisfies(run -> assertThat(run.outcome()).isInstanceOf(RunOutcome.Succeeded.class));
            assertThat(export.history(10))
                    .extracting(run -> run.outcome().getClass().getSimpleName())
                    .containsExactly("Succeeded", "Failed");
        }
        assertThat(out.toString()).contains("export run failed").contains("delivered to");
    }

    @Test
    void restartKeepsTheJobAndDropsTheJobOfAnEarlierOutput() {
        JobKey first;
        try (ScheduledExport export = scheduled("first")) {
            export.start();
            first = export.key();
            runAtNextTime(export);
        }
        try (ScheduledExport again = scheduled("first")) {
            again.start();
            assertThat(again.history(10)).as("same job, same history").hasSize(1);
        }
        try (ScheduledExport other = scheduled("second")) {
            other.start();
            assertThat(other.key()).isNotEqualTo(first);
        }
        try (Scheduler scheduler = Scheduler.builder(database)
                .handler(ScheduledExport.KIND, (key, context) -> RunOutcome.succeeded(""))
                .manual()
                .build()) {
            assertThat(scheduler.jobs(ScheduledExport.KIND))
                    .extracting(job -> job.key().instance())
                    .containsExactly(dir.resolve("second").toAbsolutePath().toString());
        }
    }

    @Test
    void summaryHoldsCountsAndRuleIdsOnly() {
        try (ScheduledExport export = scheduled("out")) {
            export.start();
            String summary = runAtNextTime(export).get(0).summary();
            assertThat(summary)
                    .matches("delivered; rows: [a-z]+\\.csv \\d+(, [a-z]+\\.csv \\d+)*; 0 problems, \\d+ warnings");
        }
    }
}
