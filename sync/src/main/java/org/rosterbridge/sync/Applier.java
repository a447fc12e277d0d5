package org.rosterbridge.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Carries out a {@link Plan} inside the caller's transaction: records kind by kind (so references resolve),
 * then their links, membership history and change log. Archiving only sets {@code archived_at}; nothing a
 * district ever sent is deleted, and links of an archived record stay as they were last seen.
 */
final class Applier {

    private final Handle handle;
    private final Instant now;
    private final String runId;
    private final String apiVersion;
    private LocalIds ids;
    private boolean pageOnly;
    private long districtId;
    private long unresolvedLinks;
    private boolean unchanged;

    Applier(Handle handle, Instant now, String runId, String apiVersion) {
        this.handle = handle;
        this.now = now;
        this.runId = runId;
        this.apiVersion = apiVersion;
    }

    /**
     * Applies {@code plan} for the district whose local id is {@code knownDistrictId} ({@code 0} when the
     * plan creates it) and returns the district's local id.
     */
    long apply(Plan plan, long knownDistrictId) {
        return apply(plan, knownDistrictId, LocalIds.wholeKinds(handle));
    }

    /**
     * Applies an event page's {@code plan} like {@link #apply(Plan, long)}, reading only what the plan names:
     * the Clever ids it resolves and the e-mail groups of the users it touches. Costs what the page touches, not
     * what the district holds.
     */
    long applyPage(Plan plan, long districtId) {
        pageOnly = true;
        return apply(plan, districtId, LocalIds.named(handle, plan));
    }

    /** Applies {@code plan} like {@link #apply(Plan, long)}, resolving Clever ids through {@code localIds}. */
    long apply(Plan plan, long knownDistrictId, LocalIds localIds) {
        districtId = knownDistrictId;
        ids = localIds;
        Map<Kind, List<PlannedAction>> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        plan.actions().forEach(a -> byKind.get(a.kind()).add(a));
        unchanged = plan.actions().stream().anyMatch(a -> a instanceof PlannedAction.Unchanged);
        for (Kind kind : Kind.values()) {
            writeRecords(kind, byKind.get(kind));
        }
        LinkWriter links = new LinkWriter(handle, ids, districtId, now, runId);
        for (Kind kind : Kind.values()) {
            links.write(byKind.get(kind));
        }
        unresolvedLinks = links.unresolved();
        new ChangeLog(handle, districtId, now, runId).write(plan.actions());
        new Reviews(handle, districtId, now, runId).write(plan.reviews());
        PersonLinks persons = new PersonLinks(handle, districtId);
        if (pageOnly) {
            persons.touched(plan);
        } else {
            persons.all();
        }
        return districtId;
    }

    /** Links the run could not resolve (a target Clever id upstream did not send); skipped, never fatal. */
    long unresolvedLinks() {
        return unresolvedLinks;
    }

    /** After a complete full sync every active synced record was seen now (rows written this run already say so). */
    void markAllSeen() {
        // Every row the plan wrote already says now; with nothing unchanged (a first sync) there is nothing to mark.
        if (!unchanged) {
            return;
        }
        for (Kind kind : Kind.values()) {
            String where = kind == Kind.DISTRICT ? "id = :d" : "district_id = :d";
            handle.createUpdate("update " + kind.table() + " set last_seen_at = :now where " + where
                            + " and archived_at is null and clever_id is not null and last_seen_at <> :now")
                    .bind("now", Values.at(now))
                    .bind("d", districtId)
                    .execute();
        }
    }

    private void writeRecords(Kind kind, List<PlannedAction> actions) {
        try (BulkInsert inserts = BulkInsert.open(handle, kind.table(), insertColumns(kind));
                Batch updates = new Batch(handle, updateSql(kind));
                Batch archives =
                        new Batch(handle, "update " + kind.table() + " set archived_at = :now where id = :id")) {
            for (PlannedAction action : actions) {
                if (action instanceof PlannedAction.Create c) {
                    inserts.add(insertValues(c.after()));
                } else if (action instanceof PlannedAction.Update u) {
                    updates.add(b -> bindRow(b, u.after()).bind("id", u.localId()));
                } else if (action instanceof PlannedAction.Restore r) {
                    updates.add(b -> bindRow(b, r.after()).bind("id", r.localId()));
                } else if (action instanceof PlannedAction.Link l) {
                    updates.add(b -> bindRow(b, l.after()).bind("id", l.localId()));
                } else if (action instanceof PlannedAction.Archive a) {
                    archives.add(b -> b.bind("now", Values.at(now)).bind("id", a.localId()));
                }
            }
            inserts.flush();
            if (kind == Kind.DISTRICT && inserts.total() > 0) {
                districtId = handle.createQuery("select id from districts where clever_id = :c")
                        .bind("c", actions.get(0).cleverId())
                        .mapTo(Long.class)
                        .one();
            }
        }
        ids.load(kind, districtId);
    }

    private static List<String> insertColumns(Kind kind) {
        List<String> names = new ArrayList<>();
        if (kind != Kind.DISTRICT) {
            names.add("district_id");
        }
        names.addAll(List.of("clever_id", "api_version", "fingerprint", "first_seen_at", "last_seen_at"));
        kind.columns().forEach(c -> names.add(c.name()));
        return names;
    }

    private Object[] insertValues(Row row) {
        List<Object> values = new ArrayList<>();
        if (row.kind() != Kind.DISTRICT) {
            values.add(districtId);
        }
        values.addAll(List.of(row.cleverId(), apiVersion, row.fingerprint(), Values.at(now), Values.at(now)));
        List<Column> columns = row.kind().columns();
        for (int i = 0; i < columns.size(); i++) {
            values.add(Values.value(
                    columns.get(i),
                    row.values().get(i),
                    refs(columns.get(i), row.values().get(i))));
        }
        return values.toArray();
    }

    private <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindRow(S statement, Row row) {
        statement
                .bind("clever_id", row.cleverId())
                .bind("api_version", apiVersion)
                .bind("fingerprint", row.fingerprint())
                .bind("now", Values.at(now))
                .bind("district_id", districtId);
        List<Column> columns = row.kind().columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            Values.bind(
                    statement,
                    "c" + i,
                    c,
                    row.values().get(i),
                    refs(c, row.values().get(i)));
        }
        return statement;
    }

    // The reference a column holds, as the one-entry map Values takes; empty when it names nothing we hold.
    private Map<String, Long> refs(Column column, String cleverId) {
        long local = column.target().map(t -> ids.find(t, cleverId)).orElse(0L);
        return local == 0 ? Map.of() : Map.of(cleverId, local);
    }

    private static String updateSql(Kind kind) {
        List<Column> columns = kind.columns();
        StringBuilder sets = new StringBuilder(
                "clever_id = :clever_id, api_version = :api_version, fingerprint = :fingerprint, last_seen_at = :now, archived_at = null");
        for (int i = 0; i < columns.size(); i++) {
            sets.append(", ").append(columns.get(i).name()).append(" = :c").append(i);
        }
        return "update " + kind.table() + " set " + sets + " where id = :id";
    }
}
