package org.rosterbridge.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.export.ExportException;
import org.rosterbridge.export.ExportProblem;
import org.rosterbridge.export.ExportReport;
import org.rosterbridge.export.ExportSettings;
import org.rosterbridge.export.FileChurn;
import org.rosterbridge.export.SisExport;
import org.rosterbridge.scheduler.Schedule;
import org.rosterbridge.scheduler.SchedulerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rosterbridge export}: the SIS to Clever's CSV files by seed 004's rules, checked before delivery.
 * Exit 0 when delivered, 1 when pre-flight or delivery failed (nothing delivered), 2 on bad options. With
 * {@code --schedule} it keeps running, exporting on the schedule, until stopped; then it exits 0.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the SIS as Clever's SFTP CSV files (docs/export.md).")
final class ExportCommand implements Callable<Integer> {
    private static final int LISTED = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--config", description = "A properties file with the same keys as the long options.")
    Path config;

    @Option(names = "--sis", description = "SIS extract directory or JDBC URL (jdbc:...).")
    String sis;

    @Option(
            names = "--sis-user",
            description = "Database user for a JDBC SIS; the password comes from ROSTERBRIDGE_SIS_PASSWORD.")
    String sisUser;

    @Option(names = "--out", description = "Output directory; keeps the last delivered export.")
    String out;

    @Option(names = "--source-year", description = "current (default) or next.")
    String sourceYear;

    @Option(names = "--state", description = "PA or NY status code lists (default: the district's state).")
    String state;

    @Option(names = "--include-staff", description = "Import Type: also write staff.csv.")
    boolean includeStaff;

    @Option(names = "--summer-only", description = "Summer School Export Only.")
    boolean summerOnly;

    @Option(names = "--blank-addresses", description = "Blank out student addresses.")
    boolean blankAddresses;

    @Option(names = "--summer-from-current-year", description = "Pull summer classes from the current year.")
    boolean summerFromCurrentYear;

    @Option(names = "--alternate-email", description = "Use the staff alternate e-mail address.")
    boolean alternateEmail;

    @Option(names = "--grade", split = ",", description = "Grade filter (repeatable).")
    List<String> grade;

    @Option(names = "--school-type", split = ",", description = "School type filter (repeatable).")
    List<String> schoolType;

    @Option(names = "--school", split = ",", description = "School filter by school id (repeatable).")
    List<String> school;

    @Option(names = "--subject", split = ",", description = "Subject filter (repeatable).")
    List<String> subject;

    @Option(names = "--student-status", split = ",", description = "Student status filter (repeatable).")
    List<String> studentStatus;

    @Option(names = "--special-ed", split = ",", description = "Special education status filter (repeatable).")
    List<String> specialEd;

    @Option(names = "--funding", split = ",", description = "Funding source filter (repeatable).")
    List<String> funding;

    @Option(names = "--program", split = ",", description = "Program service filter (repeatable).")
    List<String> program;

    @Option(names = "--meal", split = ",", description = "Meal status filter (repeatable).")
    List<String> meal;

    @Option(names = "--group", split = ",", description = "Student group filter (repeatable).")
    List<String> group;

    @Option(names = "--as-of", description = "The day end dates are compared with (default today), YYYY-MM-DD.")
    String asOf;

    @Option(names = "--sftp", description = "Upload to sftp://user@host:port/path after pre-flight.")
    String sftp;

    @Option(names = "--sftp-password-file", description = "File whose first line is the SFTP password.")
    String sftpPasswordFile;

    @Option(
            names = "--sftp-known-hosts",
            description = "known_hosts file with the server's key (default ~/.ssh/known_hosts).")
    String sftpKnownHosts;

    @Option(names = "--sftp-attempts", description = "Upload attempts before giving up (default 3).")
    String sftpAttempts;

    @Option(
            names = "--schedule",
            paramLabel = "CRON",
            description = "Keep running and export on this six-field cron schedule (second minute hour"
                    + " day-of-month month day-of-week), e.g. '0 30 2 * * *'.")
    String schedule;

    @Option(names = "--zone", paramLabel = "TZ", description = "The schedule's time zone (default: this machine's).")
    String zone;

    @Option(
            names = "--db",
            paramLabel = "JDBC-URL",
            description = "The scheduled export's state (default: an H2 file under ./data/export/); the password"
                    + " comes from " + ExportConfig.DB_PASSWORD_ENV + ".")
    String db;

    Clock clock = Clock.systemDefaultZone();
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ExportConfig settings = new ExportConfig(given(), config, environment);
            Optional<Schedule.Cron> cron = settings.schedule();
            // Built now even when scheduled, so that a bad option stops the command before it starts waiting.
            ExportSettings now = settings.settings(LocalDate.now(clock));
            if (cron.isPresent()) {
                return scheduled(settings, cron.get());
            }
            ExportReport report = SisExport.run(now);
            print(report, spec.commandLine().getOut());
            return report.delivered() ? ExitCodes.OK : ExitCodes.FAILURE;
        } catch (UsageException e) {
            err.println("export: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (ExportException | SchedulerException e) {
            err.println("export failed: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    /** Runs the export on its schedule until the process is stopped (SIGTERM, Ctrl-C). */
    private int scheduled(ExportConfig settings, Schedule.Cron cron) {
        PrintWriter out = spec.commandLine().getOut();
        try (HikariDataSource database = pool(settings.schedulerDatabase());
                ScheduledExport export = new ScheduledExport(database, settings, cron, clock, false, out)) {
            export.start();
            out.println("export scheduled as " + export.key() + ": '" + cron.expression() + "' in " + cron.zone()
                    + "; next run " + export.nextRun().map(String::valueOf).orElse("none") + "; Ctrl-C stops");
            out.flush();
            awaitShutdown(export, database);
        }
        return ExitCodes.OK;
    }

    private HikariDataSource pool(String url) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(3);
        pool.setPoolName("export-scheduler");
        String password = environment.getOrDefault(ExportConfig.DB_PASSWORD_ENV, "");
        if (!password.isEmpty()) {
            pool.setPassword(password);
        }
        try {
            return new HikariDataSource(pool);
        } catch (RuntimeException e) {
            // The URL is not printed: it may carry a user name or password.
            throw new ExportException("cannot open the scheduled export's database (--db): " + e.getMessage(), e);
        }
    }

    private static void awaitShutdown(ScheduledExport export, HikariDataSource database) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            export.close();
            database.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The options given on the command line, by config key. */
    private Map<String, String> given() {
        Map<String, String> given = new HashMap<>();
        for (OptionSpec option : spec.options()) {
            String key = option.longestName().substring(2);
            if (ExportConfig.KEYS.contains(key)
                    && spec.commandLine().getParseResult().hasMatchedOption(option)) {
                Object value = option.getValue();
                given.put(
                        key,
                        value instanceof List
                                ? String.join(
                                        ",",
                                        ((List<?>) value)
                                                .stream().map(String::valueOf).toList())
                                : String.valueOf(value));
            }
        }
        return given;
    }

    static void print(ExportReport report, PrintWriter out) {
        out.println(
                report.delivered()
                        ? "delivered to " + report.out()
                        : "NOT delivered; " + report.out() + " keeps the last delivered export");
        for (CleverFile file : CleverFile.values()) {
            if (report.rows().containsKey(file)) {
                out.printf(
                        "  %-16s %,10d rows  %s%n",
                        file.fileName(),
                        report.rows().get(file),
                        churn(report.churn().get(file)));
            }
        }
        list(out, "warnings", report.warnings());
        list(out, "problems", report.problems());
    }

    private static String churn(FileChurn churn) {
        if (churn == null || !churn.compared()) {
            return "";
        }
        return String.format(
                "+%d -%d ~%d of %d%s",
                churn.added(),
                churn.removed(),
                churn.changed(),
                churn.before(),
                churn.wouldHold() ? "  (Clever would hold)" : "");
    }

    private static void list(PrintWriter out, String title, List<ExportProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        out.println(title + ":");
        problems.stream().limit(LISTED).forEach(p -> out.println("  " + p));
        if (problems.size() > LISTED) {
            out.println("  ... and " + (problems.size() - LISTED) + " more");
        }
    }
}
