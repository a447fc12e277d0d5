package org.rosterbridge.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Runs, held plans and each district's sync state (event cursor, last full sync). */
final class RunStore {

    private final Handle handle;

    RunStore(Handle handle) {
        this.handle = handle;
    }

    record SyncState(String apiVersion, String cursor, Optional<Instant> lastFullSync) {}

    Optional<SyncState> state(String districtCleverId) {
        return handle.createQuery(
                        "select api_version, event_cursor, last_full_sync_at from sync_state where district_clever_id = :d")
                .bind("d", districtCleverId)
                .map((rs, ctx) -> new SyncState(
                        rs.getString(1),
                        rs.getString(2),
                        Optional.ofNullable(rs.getObject(3, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)))
                .findOne();
    }

    void saveCursor(String districtCleverId, ApiVersion version, String cursor) {
        ensureState(districtCleverId, version);
        handle.createUpdate("update sync_state set event_cursor = :c, api_version = :v where district_clever_id = :d")
                .bind("c", cursor)
                .bind("v", version.wire())
                .bind("d", districtCleverId)
                .execute();
    }

    void saveFullSync(String districtCleverId, ApiVersion version, String cursor, Instant at, String runId) {
        ensureState(districtCleverId, version);
        handle.createUpdate("update sync_state set event_cursor = :c, api_version = :v, last_full_sync_at = :at,"
                        + " last_run_id = :run where district_clever_id = :d")
                .bind("c", cursor)
                .bind("v", version.wire())
                .bind("at", Values.at(at))
                .bind("run", runId)
                .bind("d", districtCleverId)
                .execute();
    }

    private void ensureState(String districtCleverId, ApiVersion version) {
        int exists = handle.createQuery("select count(*) from sync_state where district_clever_id = :d")
                .bind("d", districtCleverId)
                .mapTo(Integer.class)
                .one();
        if (exists == 0) {
            handle.createUpdate("insert into sync_state (district_clever_id, api_version) values (:d, :v)")
                    .bind("d", districtCleverId)
                    .bind("v", version.wire())
                    .execute();
        }
    }

    /** Stores {@code report}, replacing an earlier state of the same run (a held run, later approved). */
    void saveRun(RunReport report, String seedCursor) {
        int updated = handle.createUpdate(
                        "update sync_runs set status = :s, finished_at = :f, report = :j where run_id = :r")
                .bind("s", report.status().wire())
                .bind("f", Values.at(report.finishedAt()))
                .bind("j", report.toJson())
                .bind("r", report.runId())
                .execute();
        if (updated == 0) {
            handle.createUpdate(
                            "insert into sync_runs (run_id, district_clever_id, mode, status, api_version, started_at,"
                                    + " finished_at, seed_cursor, report) values (:r, :d, :m, :s, :v, :st, :f, :c, :j)")
                    .bind("c", seedCursor)
                    .bind("r", report.runId())
                    .bind("d", report.districtId())
                    .bind("m", report.mode().wire())
                    .bind("s", report.status().wire())
                    .bind("v", report.apiVersion().wire())
                    .bind("st", Values.at(report.startedAt()))
                    .bind("f", Values.at(report.finishedAt()))
                    .bind("j", report.toJson())
                    .execute();
        }
    }

    void savePlan(String runId, Plan plan) {
        try (Batch batch =
                new Batch(handle, "insert into sync_plan_items (run_id, seq, payload) values (:r, :s, :p)")) {
            List<PlannedAction> actions = plan.actions();
            for (int i = 0; i < actions.size(); i++) {
                int seq = i;
                String payload = PlanCodec.encode(actions.get(i));
                batch.add(b -> b.bind("r", runId).bind("s", seq).bind("p", payload));
            }
        }
    }

    /** The held run {@code runId}: its district's Clever id, the event id seeded before its fetch, its plan. */
    Optional<HeldRun> held(String runId) {
        return handle.createQuery("select district_clever_id, seed_cursor, mode, api_version, started_at from sync_runs"
                        + " where run_id = :r and status = 'held'")
                .bind("r", runId)
                .map((rs, ctx) -> new HeldRun(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        new Plan(List.of(), List.of())))
                .findOne()
                .map(h -> new HeldRun(
                        h.districtCleverId(),
                        h.seed(),
                        h.mode(),
                        h.apiVersion(),
                        h.startedAt(),
                        new Plan(actions(runId), List.of())));
    }

    /** Whether any run of the district was applied after {@code runId} started, which makes its plan stale. */
    boolean appliedSince(String districtCleverId, String runId) {
        return handle.createQuery(
                                "select count(*) from sync_runs r, sync_runs h where h.run_id = :r"
                                        + " and r.district_clever_id = :d and r.status = 'applied' and r.started_at > h.started_at")
                        .bind("r", runId)
                        .bind("d", districtCleverId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    void dropPlan(String runId) {
        handle.createUpdate("delete from sync_plan_items where run_id = :r")
                .bind("r", runId)
                .execute();
    }

    private List<PlannedAction> actions(String runId) {
        List<PlannedAction> actions = new ArrayList<>();
        handle.createQuery("select payload from sync_plan_items where run_id = :r order by seq")
                .bind("r", runId)
                .mapTo(String.class)
                .forEach(p -> actions.add(PlanCodec.decode(p)));
        return actions;
    }

    record HeldRun(
            String districtCleverId, String seed, String mode, String apiVersion, Instant startedAt, Plan plan) {}
}
