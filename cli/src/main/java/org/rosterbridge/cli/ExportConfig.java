package org.rosterbridge.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.rosterbridge.export.Delivery;
import org.rosterbridge.export.ExportFilters;
import org.rosterbridge.export.ExportSettings;
import org.rosterbridge.export.SisSource;
import org.rosterbridge.export.SourceYear;
import org.rosterbridge.export.StateCodes;
import org.rosterbridge.scheduler.Schedule;
import org.rosterbridge.scheduler.SchedulerException;

/**
 * The export's settings from the command line over a properties file: each key is an option's long name
 * without the dashes ({@code source-year=next}, {@code grade=09,10}); an option given on the command line
 * wins over the file. Unknown keys and bad values fail fast, naming the key.
 */
final class ExportConfig {
    static final Set<String> KEYS = Set.of(
            "sis",
            "sis-user",
            "out",
            "source-year",
            "state",
            "include-staff",
            "summer-only",
            "blank-addresses",
            "summer-from-current-year",
            "alternate-email",
            "grade",
            "school-type",
            "school",
            "subject",
            "student-status",
            "special-ed",
            "funding",
            "program",
            "meal",
            "group",
            "as-of",
            "sftp",
            "sftp-password-file",
            "sftp-known-hosts",
            "sftp-attempts",
            "schedule",
            "zone",
            "db");
    static final String SFTP_PASSWORD_ENV = "ROSTERBRIDGE_SFTP_PASSWORD";
    static final String SIS_PASSWORD_ENV = "ROSTERBRIDGE_SIS_PASSWORD";
    static final String DB_PASSWORD_ENV = "ROSTERBRIDGE_EXPORT_DB_PASSWORD";

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> environment;

    ExportConfig(Map<String, String> commandLine, Path file, Map<String, String> environment) {
        this.environment = environment;
        if (file != null) {
            values.putAll(read(file));
        }
        values.putAll(commandLine);
    }

    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UsageException("cannot read --config " + file + ": " + e.getMessage());
        }
        Map<String, String> result = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new UsageException("unknown key '" + key + "' in " + file + "; known keys: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
            result.put(key, properties.getProperty(key).strip());
        }
        return result;
    }

    ExportSettings settings(LocalDate today) {
        String sis = required("sis");
        SisSource source = SisSource.parse(sis, text("sis-user"), environment.getOrDefault(SIS_PASSWORD_ENV, ""));
        return ExportSettings.builder(source, Path.of(required("out")), date("as-of", today))
                .sourceYear(choice("source-year", SourceYear.class, SourceYear.CURRENT))
                .state(choice("state", StateCodes.class, StateCodes.DISTRICT))
                .includeStaff(flag("include-staff"))
                .summerOnly(flag("summer-only"))
                .blankAddresses(flag("blank-addresses"))
                .summerFromCurrentYear(flag("summer-from-current-year"))
                .alternateEmail(flag("alternate-email"))
                .filters(filters())
                .delivery(delivery())
                .build();
    }

    Path out() {
        return Path.of(required("out"));
    }

    /** The {@code schedule} in the {@code zone} (default: this machine's), or empty for a one-off export. */
    Optional<Schedule.Cron> schedule() {
        String cron = text("schedule");
        if (cron.isEmpty()) {
            for (String key : List.of("zone", "db")) {
                if (!text(key).isEmpty()) {
                    throw new UsageException("--" + key + " needs --schedule");
                }
            }
            return Optional.empty();
        }
        ZoneId zone = zone();
        try {
            return Optional.of(Schedule.cron(cron, zone));
        } catch (SchedulerException e) {
            throw new UsageException("--schedule: " + e.getMessage()
                    + " (six fields: second minute hour day-of-month month day-of-week, e.g. '0 30 2 * * *')");
        }
    }

    private ZoneId zone() {
        if (text("zone").isEmpty()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(text("zone"));
        } catch (DateTimeException e) {
            throw new UsageException("--zone: '" + text("zone") + "' is not a time zone (e.g. America/New_York)");
        }
    }

    /** Where a scheduled export keeps its state: {@code db}, or an H2 file under {@code ./data/export/}. */
    String schedulerDatabase() {
        if (!text("db").isEmpty()) {
            if (!text("db").startsWith("jdbc:")) {
                throw new UsageException("--db must be a JDBC URL (jdbc:...)");
            }
            return text("db");
        }
        Path directory = Path.of("data", "export").toAbsolutePath();
        // Our shutdown hook closes the scheduler, then the pool; H2 must not close the file under it first.
        return "jdbc:h2:file:" + directory.resolve("scheduler") + ";MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE";
    }

    private ExportFilters filters() {
        return new ExportFilters(
                list("grade"),
                list("school-type"),
                list("school"),
                list("subject"),
                list("student-status"),
                list("special-ed"),
                list("funding"),
                list("program"),
                list("meal"),
                list("group"));
    }

    private Delivery delivery() {
        String sftp = text("sftp");
        if (sftp.isEmpty()) {
            return new Delivery.Local();
        }
        URI uri;
        try {
            uri = new URI(sftp);
        } catch (URISyntaxException e) {
            throw new UsageException("sftp: not a URI (sftp://user@host:port/path)");
        }
        Path knownHosts = text("sftp-known-hosts").isEmpty()
                ? Path.of(System.getProperty("user.home"), ".ssh", "known_hosts")
                : Path.of(text("sftp-known-hosts"));
        try {
            return new Delivery.Sftp(
                    uri, sftpPassword(), knownHosts, integer("sftp-attempts", 3), Duration.ofSeconds(2));
        } catch (RuntimeException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The password comes from a file or the environment, never from the command line, and is never printed. */
    private String sftpPassword() {
        String file = text("sftp-password-file");
        if (!file.isEmpty()) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
                return lines.isEmpty() ? "" : lines.get(0).strip();
            } catch (IOException e) {
                throw new UsageException("cannot read sftp-password-file " + file);
            }
        }
        String password = environment.getOrDefault(SFTP_PASSWORD_ENV, "");
        if (password.isEmpty()) {
            throw new UsageException("sftp needs a password: --sftp-password-file FILE or " + SFTP_PASSWORD_ENV);
        }
        return password;
    }

    private String text(String key) {
        return values.getOrDefault(key, "");
    }

    private String required(String key) {
        String value = text(key);
        if (value.isEmpty()) {
            throw new UsageException("--" + key + " is required (on the command line or in --config)");
        }
        return value;
    }

    private boolean flag(String key) {
        String value = text(key).toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new UsageException(key + " must be true or false");
    }

    private int integer(String key, int absent) {
        try {
            return text(key).isEmpty() ? absent : Integer.parseInt(text(key));
        } catch (NumberFormatException e) {
            throw new UsageException(key + " must be a whole number");
        }
    }

    private LocalDate date(String key, LocalDate absent) {
        try {
            return text(key).isEmpty() ? absent : LocalDate.parse(text(key));
        } catch (DateTimeParseException e) {
            throw new UsageException(key + " must be a date YYYY-MM-DD");
        }
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type, E absent) {
        if (text(key).isEmpty()) {
            return absent;
        }
        try {
            return Enum.valueOf(type, text(key).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(key + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    private Set<String> list(String key) {
        List<String> items = new ArrayList<>();
        for (String item : text(key).split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return Set.copyOf(items);
    }
}
