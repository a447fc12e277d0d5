package org.rosterbridge.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The sync's settings file ({@code sync --config FILE}): Java properties with the keys docs/sync.md lists
 * ({@code db.url}, {@code sync.mode}, {@code sync.brake.archive-percent}, {@code sync.match.teacher}, …). An
 * option given on the command line wins over the file. Unknown keys and bad values fail fast, naming the key.
 */
final class SyncConfig {

    /** Keys that stand for a command-line option, and that option. */
    static final Map<String, String> OPTIONS = Map.of(
            "db.url", "--db",
            "db.user", "--db-user",
            "sync.api", "--api",
            "sync.api-version", "--api-version",
            "sync.mode", "--mode",
            "sync.page-size", "--page-size",
            "sync.brake.archive-percent", "--archive-percent",
            "sync.brake.update-percent", "--update-percent");

    static final Set<String> ROLES = Set.of("student", "teacher", "staff", "district_admin");
    private static final String MATCH = "sync.match.";
    private static final String FULL_EVERY = "sync.full-every";

    private final Map<String, String> values;

    private SyncConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    static SyncConfig empty() {
        return new SyncConfig(Map.of());
    }

    static SyncConfig load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UsageException("cannot read the settings file " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!known(key)) {
                throw new UsageException("unknown key in " + file + ": " + key);
            }
            values.put(key, properties.getProperty(key).trim());
        }
        return new SyncConfig(values);
    }

    private static boolean known(String key) {
        return OPTIONS.containsKey(key)
                || key.equals(FULL_EVERY)
                || (key.startsWith(MATCH) && ROLES.contains(key.substring(MATCH.length())));
    }

    /** The file's value for the option {@code option} (e.g. {@code --db}), if the file sets it. */
    Optional<String> option(String option) {
        return OPTIONS.entrySet().stream()
                .filter(e -> e.getValue().equals(option))
                .map(e -> values.get(e.getKey()))
                .filter(v -> v != null)
                .findFirst();
    }

    /** {@code sync.full-every}, if set. */
    Optional<java.time.Duration> fullEvery() {
        return Optional.ofNullable(values.get(FULL_EVERY))
                .map(text -> Durations.parse(text)
                        .orElseThrow(() -> new UsageException(FULL_EVERY + " is not a duration: " + text)));
    }

    /** {@code sync.match.<role>}: per role, the ordered keys, comma-separated in the file. */
    Map<String, List<String>> matchKeys() {
        Map<String, List<String>> keys = new HashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(MATCH)) {
                keys.put(
                        key.substring(MATCH.length()).toLowerCase(Locale.ROOT),
                        Arrays.stream(value.split(","))
                                .map(String::trim)
                                .filter(s -> !s.isEmpty())
                                .toList());
            }
        });
        return keys;
    }
}
