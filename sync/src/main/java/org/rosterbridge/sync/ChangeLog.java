package org.rosterbridge.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Writes the per-run change log: old and new value of every field that changed, and one line for each
 * archive, restore and link. Creation is not logged field by field; {@code first_seen_at} says when.
 */
final class ChangeLog {

    private final Handle handle;
    private final long districtId;
    private final Instant now;
    private final String runId;

    ChangeLog(Handle handle, long districtId, Instant now, String runId) {
        this.handle = handle;
        this.districtId = districtId;
        this.now = now;
        this.runId = runId;
    }

    void write(List<PlannedAction> actions) {
        try (BulkInsert log = BulkInsert.open(
                handle,
                "change_log",
                List.of(
                        "district_id",
                        "run_id",
                        "record_type",
                        "record_id",
                        "action",
                        "field",
                        "old_value",
                        "new_value",
                        "changed_at"))) {
            for (PlannedAction action : actions) {
                if (action instanceof PlannedAction.Update u) {
                    fields(log, u.kind(), u.localId(), "updated", u.before(), u.after());
                } else if (action instanceof PlannedAction.Restore r) {
                    line(log, r.kind(), r.localId(), "restored", "archived_at", "archived", "");
                    fields(log, r.kind(), r.localId(), "restored", r.before(), r.after());
                } else if (action instanceof PlannedAction.Link l) {
                    line(
                            log,
                            l.kind(),
                            l.localId(),
                            "linked",
                            "clever_id",
                            l.before().cleverId(),
                            l.cleverId());
                    fields(log, l.kind(), l.localId(), "linked", l.before(), l.after());
                } else if (action instanceof PlannedAction.Archive a) {
                    line(log, a.kind(), a.localId(), "archived", "archived_at", "", "archived");
                }
            }
        }
    }

    private void fields(BulkInsert log, Kind kind, long id, String action, Row before, Row after) {
        Map<String, String> old = before.fields();
        after.fields().forEach((field, value) -> {
            String was = old.getOrDefault(field, "");
            if (!Objects.equals(was, value)) {
                line(log, kind, id, action, field, was, value);
            }
        });
        old.forEach((field, was) -> {
            if (!after.fields().containsKey(field) && !was.isEmpty()) {
                line(log, kind, id, action, field, was, "");
            }
        });
    }

    private void line(BulkInsert log, Kind kind, long id, String action, String field, String old, String value) {
        log.add(districtId, runId, kind.reportName(), id, action, field, old, value, Values.at(now));
    }
}
