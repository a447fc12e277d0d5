package org.rosterbridge.scheduler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The {@code job_schedule} table: one row per job with its cron expression and time zone (both empty for
 * a manual job) and whether it is enabled. Thread-safe.
 */
final class JobStore {
    enum Change {
        CREATED,
        CHANGED,
        UNCHANGED
    }

    private static final String COLUMNS = "kind, instance_key, cron, time_zone, enabled";

    private final Jdbc jdbc;

    JobStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the job enabled, or updates its schedule and keeps its enabled flag. */
    Change upsert(JobKey key, Schedule schedule, Instant now) {
        Optional<Job> existing = find(key);
        if (existing.isEmpty()) {
            try {
                insert(key, schedule, now);
                return Change.CREATED;
            } catch (SchedulerException e) {
                if (!Jdbc.isDuplicateKey(e)) {
                    throw e;
                }
                // Another node inserted it first: fall through to an update.
            }
        } else if (existing.get().schedule().equals(schedule)) {
            return Change.UNCHANGED;
        }
        jdbc.update(
                "UPDATE job_schedule SET cron = ?, time_zone = ?, updated = ? WHERE kind = ? AND instance_key = ?",
                cron(schedule),
                zone(schedule),
                now,
                key.kind(),
                key.instance());
        return Change.CHANGED;
    }

    /** Returns whether the flag changed. */
    boolean setEnabled(JobKey key, boolean enabled, Instant now) {
        return jdbc.update(
                        "UPDATE job_schedule SET enabled = ?, updated = ?"
                                + " WHERE kind = ? AND instance_key = ? AND enabled <> ?",
                        enabled,
                        now,
                        key.kind(),
                        key.instance(),
                        enabled)
                > 0;
    }

    boolean delete(JobKey key) {
        return jdbc.update("DELETE FROM job_schedule WHERE kind = ? AND instance_key = ?", key.kind(), key.instance())
                > 0;
    }

    Optional<Job> find(JobKey key) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM job_schedule WHERE kind = ? AND instance_key = ?",
                        JobStore::job,
                        key.kind(),
                        key.instance())
                .stream()
                .findFirst();
    }

    List<Job> all(String kind) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM job_schedule WHERE kind = ? ORDER BY instance_key", JobStore::job, kind);
    }

    List<Job> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM job_schedule ORDER BY kind, instance_key", JobStore::job);
    }

    private void insert(JobKey key, Schedule schedule, Instant now) {
        jdbc.update(
                "INSERT INTO job_schedule (" + COLUMNS + ", updated) VALUES (?, ?, ?, ?, TRUE, ?)",
                key.kind(),
                key.instance(),
                cron(schedule),
                zone(schedule),
                now);
    }

    private static Job job(ResultSet row) throws SQLException {
        JobKey key = new JobKey(row.getString("kind"), row.getString("instance_key"));
        String cron = row.getString("cron");
        Schedule schedule =
                cron.isEmpty() ? Schedule.manual() : Schedule.cron(cron, ZoneId.of(row.getString("time_zone")));
        return new Job(key, schedule, row.getBoolean("enabled"));
    }

    private static String cron(Schedule schedule) {
        return schedule instanceof Schedule.Cron c ? c.expression() : "";
    }

    private static String zone(Schedule schedule) {
        return schedule instanceof Schedule.Cron c ? c.zone().getId() : "";
    }
}
