package org.rosterbridge.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.rosterbridge.admin.EventCreation.FieldProblem;
import org.rosterbridge.sync.RunReport;
import org.rosterbridge.sync.RunStatus;

/**
 * Events (import targets): creating one runs its initial import; {@link #afterSync} re-materialises the
 * events of a district once new data has arrived. Reads and writes the app database the sync fills.
 */
final class Events {

    private static final String SELECT = "select id, district_ref, district_id, name, import_parents, time_zone,"
            + " created_by, created_at from events";

    private final Jdbi jdbi;
    private final SyncRunner syncRunner;
    private final InstantSource clock;

    Events(Jdbi jdbi, SyncRunner syncRunner, InstantSource clock) {
        this.jdbi = jdbi;
        this.syncRunner = syncRunner;
        this.clock = clock;
    }

    /**
     * The app district holding the connected district's data. A district never synced is synced first, so
     * its schools and terms can be picked.
     */
    long ensureDistrictData(long districtRef) {
        Optional<Long> known = linkedDistrict(districtRef);
        if (known.isPresent()) {
            return known.get();
        }
        RunReport report = syncRunner.sync(districtRef);
        if (report.status() != RunStatus.APPLIED) {
            throw new AdminException("the first sync of district " + districtRef + " ended "
                    + report.status().wire() + " (run " + report.runId() + ")");
        }
        // The platform's district sync records the district's Clever id after every run.
        return linkedDistrict(districtRef)
                .orElseThrow(() -> new AdminException(
                        "district " + districtRef + " has no synced data after run " + report.runId()));
    }

    /** The app district ({@code districts.id}) holding the connected district's data, once it was synced. */
    Optional<Long> linkedDistrict(long districtRef) {
        return jdbi.withHandle(h -> h.createQuery("select d.id from admin_districts a join districts d"
                        + " on d.clever_id = a.clever_id where a.id = :r and a.clever_id <> ''")
                .bind("r", districtRef)
                .mapTo(Long.class)
                .findOne());
    }

    /** Creates the event and runs its initial import, or says what is wrong with the request. */
    EventCreation create(NewEvent request) {
        long districtId = ensureDistrictData(request.districtRef());
        List<FieldProblem> problems = validate(request, districtId);
        if (!problems.isEmpty()) {
            return new EventCreation.Rejected(problems);
        }
        long id = jdbi.inTransaction(h -> {
            long eventId = insert(h, request, districtId);
            EventMaterializer.materialise(h, eventId, clock.instant());
            return eventId;
        });
        return new EventCreation.Created(event(id).orElseThrow());
    }

    private List<FieldProblem> validate(NewEvent request, long districtId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.name().isEmpty() || request.name().length() > 200) {
            problems.add(new FieldProblem("name", "event-name", "an event needs a name of 1 to 200 characters"));
        }
        if (request.schoolIds().isEmpty() || !belong("schools", request.schoolIds(), districtId)) {
            problems.add(new FieldProblem("school", "event-schools", "pick at least one school of the district"));
        }
        if (request.termIds().isEmpty() || !belong("terms", request.termIds(), districtId)) {
            problems.add(new FieldProblem("term", "event-terms", "pick at least one term of the district"));
        }
        return problems;
    }

    private boolean belong(String table, Set<Long> ids, long districtId) {
        long found = jdbi.withHandle(h -> h.createQuery("select count(*) from " + table
                        + " where district_id = :d and archived_at is null and id in (<ids>)")
                .bind("d", districtId)
                .bindList("ids", List.copyOf(ids))
                .mapTo(Long.class)
                .one());
        return found == ids.size();
    }

    private long insert(Handle h, NewEvent request, long districtId) {
        long id = h.createUpdate("insert into events (district_ref, district_id, name, import_parents, time_zone,"
                        + " created_by, created_at) values (:ref, :d, :name, :parents, :zone, :actor, :now)")
                .bind("ref", request.districtRef())
                .bind("d", districtId)
                .bind("name", request.name())
                .bind("parents", request.importParents())
                .bind("zone", request.zone().getId())
                .bind("actor", request.actor())
                .bind("now", clock.instant().atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        insertIds(h, "event_schools", "school_id", id, request.schoolIds());
        insertIds(h, "event_terms", "term_id", id, request.termIds());
        return id;
    }

    private static void insertIds(Handle h, String table, String column, long eventId, Collection<Long> ids) {
        for (long value : ids) {
            h.createUpdate("insert into " + table + " (event_id, " + column + ") values (:e, :v)")
                    .bind("e", eventId)
                    .bind("v", value)
                    .execute();
        }
    }

    Optional<Event> event(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> read(h, rs))
                .findOne());
    }

    /** Every event, oldest first. */
    List<Event> events() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " order by id")
                .map((rs, ctx) -> read(h, rs))
                .list());
    }

    List<Event> eventsOf(long districtRef) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " where district_ref = :r order by id")
                .bind("r", districtRef)
                .map((rs, ctx) -> read(h, rs))
                .list());
    }

    /**
     * After an applied sync of their district: ends the delete rules of the given events made up to {@code
     * runStart} (a delete made after the run's data was fetched waits for the next run) and materialises
     * them again, hides re-applied, in one transaction.
     */
    void afterSync(Collection<Long> eventIds, Instant runStart) {
        jdbi.useTransaction(h -> {
            for (long eventId : eventIds) {
                EventMaterializer.lapseDeletes(h, eventId, clock.instant(), runStart);
                EventMaterializer.materialise(h, eventId, clock.instant());
            }
        });
    }

    /** Materialises one event again without ending any rule (after a class editor change). */
    void rematerialise(long eventId) {
        jdbi.useTransaction(h -> EventMaterializer.materialise(h, eventId, clock.instant()));
    }

    private static Event read(Handle h, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Event(
                id,
                rs.getLong("district_ref"),
                rs.getLong("district_id"),
                rs.getString("name"),
                rs.getBoolean("import_parents"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                ids(h, "select school_id from event_schools where event_id = :e", id),
                ids(h, "select term_id from event_terms where event_id = :e", id));
    }

    private static Set<Long> ids(Handle h, String sql, long eventId) {
        return new HashSet<>(
                h.createQuery(sql).bind("e", eventId).mapTo(Long.class).list());
    }
}
