package org.rosterbridge.scheduler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The {@code job_run} table: a row per run, inserted when it starts ({@code RUNNING}, no finish time),
 * updated with progress while it runs and with its outcome when it ends. Thread-safe.
 */
final class RunStore {
    /** A run that has started and not yet finished. */
    record OpenRun(long id, JobKey key, Trigger trigger, String node, Instant started) {}

    static final String INTERRUPTED = "Interrupted: the node running it stopped before the run finished";
    private static final int MAX_TEXT = 4000;
    private static final String RUNNING = "RUNNING";
    private static final String COLUMNS =
            "id, kind, instance_key, run_trigger, node, started, finished, status, summary";

    private final Jdbc jdbc;

    RunStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens a run. Only one run per key is ever in progress, so an open row left for the key is from a
     * node that died mid-run: it is closed as failed first.
     */
    OpenRun start(JobKey key, Trigger trigger, String node, Instant now) {
        jdbc.update(
                "UPDATE job_run SET finished = ?, status = 'FAILED', summary = ?"
                        + " WHERE kind = ? AND instance_key = ? AND finished IS NULL",
                now,
                INTERRUPTED,
                key.kind(),
                key.instance());
        long id = jdbc.insert(
                "INSERT INTO job_run (kind, instance_key, run_trigger, node, started, status, summary, done, total)"
                        + " VALUES (?, ?, ?, ?, ?, ?, '', 0, 0)",
                key.kind(),
                key.instance(),
                trigger.name(),
                node,
                now,
                RUNNING);
        return new OpenRun(id, key, trigger, node, now);
    }

    void progress(long id, long done, long total) {
        jdbc.update("UPDATE job_run SET done = ?, total = ? WHERE id = ? AND finished IS NULL", done, total, id);
    }

    RunRecord finish(OpenRun run, RunOutcome outcome, Instant now) {
        String text = truncate(outcome.text());
        jdbc.update(
                "UPDATE job_run SET finished = ?, status = ?, summary = ? WHERE id = ?",
                now,
                status(outcome),
                text,
                run.id());
        return new RunRecord(
                run.id(), run.key(), run.trigger(), run.node(), run.started(), now, outcome(status(outcome), text));
    }

    List<RunRecord> history(JobKey key, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM job_run WHERE kind = ? AND instance_key = ? AND finished IS NOT NULL"
                        + " ORDER BY started DESC, id DESC LIMIT ?",
                RunStore::record,
                key.kind(),
                key.instance(),
                limit);
    }

    /** Open runs whose execution db-scheduler still holds as picked: alive, or not yet found dead. */
    List<RunningJob> running() {
        return jdbc.query(
                "SELECT r.id, r.kind, r.instance_key, r.run_trigger, r.node, r.started, r.done, r.total"
                        + " FROM job_run r WHERE r.finished IS NULL AND EXISTS (SELECT 1 FROM scheduled_tasks t"
                        + " WHERE t.task_name = r.kind AND t.task_instance = r.instance_key AND t.picked)"
                        + " ORDER BY r.started, r.id",
                RunStore::running);
    }

    /** Jobs of {@code kind} with no successful run finished at or after {@code since}. */
    List<JobKey> withoutSuccessSince(String kind, Instant since) {
        return jdbc.query(
                "SELECT s.kind, s.instance_key FROM job_schedule s WHERE s.kind = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM job_run r WHERE r.kind = s.kind AND r.instance_key = s.instance_key"
                        + " AND r.status = 'SUCCEEDED' AND r.finished >= ?) ORDER BY s.instance_key",
                row -> new JobKey(row.getString("kind"), row.getString("instance_key")),
                kind,
                since);
    }

    private static RunRecord record(ResultSet row) throws SQLException {
        return new RunRecord(
                row.getLong("id"),
                key(row),
                Trigger.valueOf(row.getString("run_trigger")),
                row.getString("node"),
                Jdbc.instant(row, "started"),
                Jdbc.instant(row, "finished"),
                outcome(row.getString("status"), row.getString("summary")));
    }

    private static RunningJob running(ResultSet row) throws SQLException {
        return new RunningJob(
                row.getLong("id"),
                key(row),
                Trigger.valueOf(row.getString("run_trigger")),
                row.getString("node"),
                Jdbc.instant(row, "started"),
                row.getLong("done"),
                row.getLong("total"));
    }

    private static JobKey key(ResultSet row) throws SQLException {
        return new JobKey(row.getString("kind"), row.getString("instance_key"));
    }

    private static String status(RunOutcome outcome) {
        if (outcome instanceof RunOutcome.Succeeded) {
            return "SUCCEEDED";
        }
        return outcome instanceof RunOutcome.Held ? "HELD" : "FAILED";
    }

    private static RunOutcome outcome(String status, String text) {
        return switch (status) {
            case "SUCCEEDED" -> RunOutcome.succeeded(text);
            case "HELD" -> RunOutcome.held(text);
            default -> RunOutcome.failed(text);
        };
    }

    private static String truncate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
