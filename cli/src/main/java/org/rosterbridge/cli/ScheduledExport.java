package org.rosterbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.rosterbridge.export.ExportException;
import org.rosterbridge.export.ExportReport;
import org.rosterbridge.export.SisExport;
import org.rosterbridge.scheduler.Job;
import org.rosterbridge.scheduler.JobKey;
import org.rosterbridge.scheduler.RunContext;
import org.rosterbridge.scheduler.RunOutcome;
import org.rosterbridge.scheduler.RunRecord;
import org.rosterbridge.scheduler.Schedule;
import org.rosterbridge.scheduler.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code export --schedule}: one export run by the scheduler module on a cron schedule. The job key is
 * {@code export/<absolute --out>}, so restarting with the same output keeps the job (and its history) and a
 * changed cron or zone moves its next run. Each run builds its settings afresh, so an export without
 * {@code as-of} compares end dates with the day it runs (in the schedule's zone). A run that fails is
 * recorded as {@code Failed} and the schedule carries on.
 */
final class ScheduledExport implements AutoCloseable {
    static final String KIND = "export";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledExport.class);
    private static final int MAX_INSTANCE = 250;
    // A run in progress at shutdown may finish: an XL export takes a minute or two.
    private static final Duration SHUTDOWN_WAIT = Duration.ofMinutes(5);

    private final ExportConfig config;
    private final Schedule.Cron cron;
    private final InstantSource clock;
    private final PrintWriter out;
    private final JobKey key;
    private final Scheduler scheduler;

    /**
     * @param manual tests: no background thread, runs happen only in {@link #runDueNow()}
     */
    ScheduledExport(
            DataSource database,
            ExportConfig config,
            Schedule.Cron cron,
            InstantSource clock,
            boolean manual,
            PrintWriter out) {
        this.config = config;
        this.cron = cron;
        this.clock = clock;
        this.out = out;
        this.key = JobKey.of(KIND, instance(config.out()));
        Scheduler.Builder builder = Scheduler.builder(database)
                .clock(clock)
                .threads(1)
                .shutdownWait(SHUTDOWN_WAIT)
                .handler(KIND, this::run);
        this.scheduler = manual ? builder.manual().build() : builder.build();
    }

    private static String instance(Path out) {
        String path = out.toAbsolutePath().normalize().toString();
        return path.length() <= MAX_INSTANCE ? path : path.substring(path.length() - MAX_INSTANCE);
    }

    /**
     * Declares this export's job and starts running it. The database belongs to this one scheduled export:
     * export jobs of other outputs left in it (an earlier {@code --out}) are removed, else this process would
     * run them with its own settings.
     */
    void start() {
        for (Job job : scheduler.jobs(KIND)) {
            if (!job.key().equals(key)) {
                scheduler.remove(job.key());
                LOG.info("removed the export job {} of another output from this database", job.key());
            }
        }
        scheduler.schedule(key, cron);
        scheduler.start();
    }

    JobKey key() {
        return key;
    }

    Optional<Instant> nextRun() {
        return scheduler.nextRun(key);
    }

    /** Manual mode: runs the export now if it is due at the clock's time. */
    List<RunRecord> runDueNow() {
        return scheduler.runDueNow();
    }

    List<RunRecord> history(int limit) {
        return scheduler.history(key, limit);
    }

    private RunOutcome run(JobKey job, RunContext context) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), cron.zone());
        try {
            return outcome(job, SisExport.run(config.settings(today)));
        } catch (ExportException | UsageException e) {
            LOG.warn("export run {} failed: {}", job, e.getMessage());
            out.println("export run failed: " + e.getMessage());
            out.flush();
            return RunOutcome.failed(e.getMessage());
        }
    }

    private RunOutcome outcome(JobKey job, ExportReport report) {
        ExportCommand.print(report, out);
        out.flush();
        String summary = summary(report);
        LOG.info("export run {}: {}", job, summary);
        return report.delivered() ? RunOutcome.succeeded(summary) : RunOutcome.failed(summary);
    }

    /** Counts and rule ids only: this goes into the log and the run history. */
    static String summary(ExportReport report) {
        String rows = report.rows().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey().fileName() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String rules = report.problems().stream()
                .map(p -> p.rule())
                .distinct()
                .limit(10)
                .collect(Collectors.joining(", "));
        return (report.delivered() ? "delivered" : "NOT delivered") + "; rows: " + rows + "; "
                + report.problems().size() + " problems" + (rules.isEmpty() ? "" : " (" + rules + ")") + ", "
                + report.warnings().size() + " warnings";
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
