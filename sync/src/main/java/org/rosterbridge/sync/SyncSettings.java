package org.rosterbridge.sync;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

/**
 * How the sync behaves. Every field has a settings key (see docs/sync.md) and a default.
 *
 * @param jdbcUrl {@code db.url}: the app database; default an H2 file under {@code ./data/}
 * @param dbUser {@code db.user}
 * @param dbPassword {@code db.password}
 * @param pageSize {@code sync.page-size}: records per API page, at most 10 000 (default 10 000)
 * @param archiveLimitPercent {@code sync.brake.archive-percent}: hold a run archiving more than this share of
 *     any record type (default 10)
 * @param updateLimitPercent {@code sync.brake.update-percent}: hold a run updating more than this share of
 *     any record type (default 75)
 * @param fullSyncEvery {@code sync.full-every}: in auto mode, run a full sync when the last one is older than
 *     this (default 24 hours)
 * @param userMatchKeys {@code sync.match.<role>}: per role, the ordered keys that match a new Clever user to
 *     a record the app already had; default {@code sis_id, state_id|number, email}
 * @param clock the clock every timestamp comes from
 */
public record SyncSettings(
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        int pageSize,
        double archiveLimitPercent,
        double updateLimitPercent,
        Duration fullSyncEvery,
        Map<String, List<String>> userMatchKeys,
        InstantSource clock) {

    public static final String DEFAULT_JDBC_URL =
            "jdbc:h2:file:./data/rosterbridge;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public SyncSettings {
        userMatchKeys = Map.copyOf(userMatchKeys);
        if (pageSize < 1 || pageSize > 10_000) {
            throw new SyncException("sync.page-size must be 1..10000, was " + pageSize);
        }
        if (archiveLimitPercent < 0 || updateLimitPercent < 0) {
            throw new SyncException("brake limits must not be negative");
        }
    }

    /** The defaults, against {@code jdbcUrl}. */
    public static SyncSettings defaults(String jdbcUrl) {
        return new SyncSettings(
                jdbcUrl, "", "", 10_000, 10.0, 75.0, Duration.ofHours(24), Map.of(), InstantSource.system());
    }

    /** An H2 URL in the app's conventions for the file {@code path} (without extension). */
    public static String h2File(String path) {
        return "jdbc:h2:file:" + path + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    public SyncSettings withClock(InstantSource clock) {
        return new SyncSettings(
                jdbcUrl,
                dbUser,
                dbPassword,
                pageSize,
                archiveLimitPercent,
                updateLimitPercent,
                fullSyncEvery,
                userMatchKeys,
                clock);
    }

    public SyncSettings withBrake(double archivePercent, double updatePercent) {
        return new SyncSettings(
                jdbcUrl,
                dbUser,
                dbPassword,
                pageSize,
                archivePercent,
                updatePercent,
                fullSyncEvery,
                userMatchKeys,
                clock);
    }

    public SyncSettings withPageSize(int size) {
        return new SyncSettings(
                jdbcUrl,
                dbUser,
                dbPassword,
                size,
                archiveLimitPercent,
                updateLimitPercent,
                fullSyncEvery,
                userMatchKeys,
                clock);
    }

    public SyncSettings withCredentials(String user, String password) {
        return new SyncSettings(
                jdbcUrl,
                user,
                password,
                pageSize,
                archiveLimitPercent,
                updateLimitPercent,
                fullSyncEvery,
                userMatchKeys,
                clock);
    }

    public SyncSettings withUserMatchKeys(Map<String, List<String>> keys) {
        return new SyncSettings(
                jdbcUrl,
                dbUser,
                dbPassword,
                pageSize,
                archiveLimitPercent,
                updateLimitPercent,
                fullSyncEvery,
                keys,
                clock);
    }

    @Override
    public String toString() {
        // The password never leaves this record.
        return "SyncSettings[jdbcUrl=" + jdbcUrl + ", pageSize=" + pageSize + ", archiveLimitPercent="
                + archiveLimitPercent + ", updateLimitPercent=" + updateLimitPercent + ", fullSyncEvery="
                + fullSyncEvery + "]";
    }
}
