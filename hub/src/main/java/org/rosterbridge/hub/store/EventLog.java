package org.rosterbridge.hub.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.api.CleverJson;
import org.rosterbridge.clever.api.Event;
import org.rosterbridge.clever.api.EventAction;
import org.rosterbridge.clever.api.ResourceType;
import org.rosterbridge.clever.api.Stamped;

/** Reads events back as Clever events of one API version. */
final class EventLog {
    private EventLog() {}

    /** A stored event row. */
    record Row(
            long seq, String id, ResourceType type, EventAction action, long version, long oldVersion, long created) {}

    /** A page of events and whether more exist beyond either end. */
    record Page(List<Row> rows, boolean more, boolean earlier) {}

    static OptionalLong seqOf(Handle handle, CleverId id, int current, int api) {
        return handle.createQuery("SELECT seq FROM event WHERE id = :id AND snapshot <= :current AND api IN (0, :api)")
                .bind("id", id.value())
                .bind("current", current)
                .bind("api", (short) api)
                .mapTo(Long.class)
                .findOne()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    static Page page(Handle handle, EventQuery query, int current) {
        String where = where(query);
        String order = query.fromEnd() ? " ORDER BY seq DESC" : " ORDER BY seq";
        List<Row> rows = new ArrayList<>(bind(
                        handle.createQuery(
                                "SELECT seq, id, record_type, action, version, " + "old_version, created_at FROM event"
                                        + where + order + " LIMIT " + (query.limit() + 1)),
                        query,
                        current)
                .map((rs, ctx) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        ResourceType.valueOf(rs.getString(3)),
                        EventAction.fromWire(rs.getString(4)).orElseThrow(),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7)))
                .list());
        boolean beyond = rows.size() > query.limit();
        if (beyond) {
            rows.remove(rows.size() - 1);
        }
        if (query.fromEnd()) {
            Collections.reverse(rows);
        }
        boolean more = query.fromEnd() ? query.before() != Long.MAX_VALUE : beyond;
        boolean earlier = query.fromEnd() ? beyond : query.after() > 0 && !rows.isEmpty();
        return new Page(rows, more, earlier);
    }

    private static String where(EventQuery query) {
        StringBuilder where = new StringBuilder(
                " WHERE snapshot <= :current AND api IN (0, :api)" + " AND seq > :after AND seq < :before");
        if (!query.types().isEmpty()) {
            where.append(" AND record_type IN (")
                    .append(query.types().stream()
                            .map(t -> "'" + t.name() + "'")
                            .collect(Collectors.joining(", ")))
                    .append(")");
        }
        if (!query.school().isEmpty()) {
            where.append(" AND schools LIKE :school");
        }
        return where.toString();
    }

    private static Query bind(Query q, EventQuery query, int current) {
        q.bind("current", current)
                .bind("api", (short) (query.version().isV3() ? 3 : 2))
                .bind("after", query.after())
                .bind("before", query.before());
        if (!query.school().isEmpty()) {
            q.bind("school", "%" + query.school() + "%");
        }
        return q;
    }

    /** The rows as Clever events, with their records and previous attributes for {@code json}'s version. */
    static List<Event> events(Handle handle, List<Row> rows, CleverJson json) {
        List<Long> versions = new ArrayList<>();
        rows.forEach(r -> {
            versions.add(r.version());
            if (r.oldVersion() != 0) {
                versions.add(r.oldVersion());
            }
        });
        Map<Long, Stamped> stored = Packs.read(handle, versions);
        List<Event> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Stamped object = stored.get(row.version());
            Stamped before = stored.get(row.oldVersion());
            if (object != null) {
                ObjectNode previous = before == null
                        ? JsonNodeFactory.instance.objectNode()
                        : json.previousAttributes(
                                row.type(), before.record(), before.stamps(), object.record(), object.stamps());
                events.add(event(row, object, previous));
            }
        }
        return events;
    }

    private static Event event(Row row, Stamped object, ObjectNode previous) {
        return new Event(
                CleverId.of(row.id()),
                row.type(),
                row.action(),
                Instant.ofEpochMilli(row.created()),
                object.record(),
                object.stamps(),
                previous);
    }
}
