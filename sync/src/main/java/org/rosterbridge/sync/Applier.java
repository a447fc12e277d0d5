package org.rosterbridge.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    private final Map<Kind, Map<String, Long>> ids = new EnumMap<>(Kind.class);
    private long districtId;
    private long unresolvedLinks;

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
        districtId = knownDistrictId;
        Map<Kind, List<PlannedAction>> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        plan.actions().forEach(a -> byKind.get(a.kind()).add(a));
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
        linkPersons();
        return districtId;
    }

    /** Links the run could not resolve (a target Clever id upstream did not send); skipped, never fatal. */
    long unresolvedLinks() {
        return unresolvedLinks;
    }

    /** After a complete full sync every active synced record was seen now. */
    void markAllSeen() {
        for (Kind kind : Kind.values()) {
            String where = kind == Kind.DISTRICT ? "id = :d" : "district_id = :d";
            handle.createUpdate("update " + kind.table() + " set last_seen_at = :now where " + where
                            + " and archived_at is null and clever_id is not null")
                    .bind("now", Values.at(now))
                    .bind("d", districtId)
                    .execute();
        }
    }

    private void writeRecords(Kind kind, List<PlannedAction> actions) {
        try (Batch inserts = new Batch(handle, insertSql(kind));
                Batch updates = new Batch(handle, updateSql(kind));
                Batch archives =
                        new Batch(handle, "update " + kind.table() + " set archived_at = :now where id = :id")) {
            for (PlannedAction action : actions) {
                if (action instanceof PlannedAction.Create c) {
                    inserts.add(b -> bindRow(b, c.after()));
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
        ids.put(kind, new StateLoader(handle).ids(kind, districtId));
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
            Map<String, Long> refs = c.target().map(ids::get).orElse(Map.of());
            Values.bind(statement, "c" + i, c, row.values().get(i), refs);
        }
        return statement;
    }

    private static String insertSql(Kind kind) {
        List<Column> columns = kind.columns();
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            params.append(", :c").append(i);
        }
        String district = kind == Kind.DISTRICT ? "" : "district_id, ";
        String districtParam = kind == Kind.DISTRICT ? "" : ":district_id, ";
        return "insert into " + kind.table() + " (" + district
                + "clever_id, api_version, fingerprint, first_seen_at, last_seen_at, " + names + ") values ("
                + districtParam + ":clever_id, :api_version, :fingerprint, :now, :now" + params + ")";
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

    // Clever gives a v2 teacher who is also a district admin two ids; one e-mail makes them one person.
    private void linkPersons() {
        handle.createUpdate(
                        "update users set person_id = (select min(o.id) from users o where o.district_id = users.district_id"
                                + " and lower(o.email) = lower(users.email) and o.roles not in ('student', 'contact'))"
                                + " where district_id = :d and email <> '' and roles not in ('student', 'contact')")
                .bind("d", districtId)
                .execute();
    }
}
