package org.rosterbridge.hub.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.api.ApiVersion;
import org.rosterbridge.clever.api.CleverJson;
import org.rosterbridge.clever.api.Event;
import org.rosterbridge.clever.api.ListWriter;
import org.rosterbridge.clever.api.PageLinks;
import org.rosterbridge.clever.api.ResourceType;
import org.rosterbridge.hub.store.Catalog;
import org.rosterbridge.hub.store.EventQuery;
import org.rosterbridge.hub.store.SnapshotStore;

/**
 * {@code /events} and {@code /events/{id}}: the changes between served snapshots, oldest first. A cursor
 * that is unknown or has expired (events are kept for a limited time) is a 404, which tells a client to
 * fall back to a full sync. {@code ending_before=last} gives the newest events, to seed a cursor.
 */
final class EventRoutes {
    private final Served served;
    private final ApiVersion version;
    private final String path;

    EventRoutes(Served served, ApiVersion version) {
        this.served = served;
        this.version = version;
        this.path = "/" + version.path() + "/events";
    }

    void register(RoutesConfig routes) {
        routes.get(path, this::list);
        routes.get(path + "/{id}", this::single);
    }

    private int api() {
        return version.isV3() ? 3 : 2;
    }

    private void list(Context ctx) {
        Catalog catalog = served.catalog();
        PageRequest request = PageRequest.of(ctx);
        Optional<Set<ResourceType>> types = types(ctx);
        String school = school(ctx);
        EventQuery query = query(request, types.orElse(Set.of()), school, catalog.snapshot());
        CleverJson json = served.json(version, catalog);
        SnapshotStore.EventPage page = types.isEmpty()
                ? new SnapshotStore.EventPage(List.of(), false, false)
                : served.store().events(query, catalog.snapshot(), json);
        write(ctx, json, page, request.limit());
    }

    private EventQuery query(PageRequest request, Set<ResourceType> types, String school, int current) {
        PageRequest.Cursor cursor = request.cursor();
        if (cursor instanceof PageRequest.After after) {
            return new EventQuery(
                    version, types, school, seq(after.id(), current), Long.MAX_VALUE, false, request.limit());
        } else if (cursor instanceof PageRequest.Before before) {
            return new EventQuery(version, types, school, 0, seq(before.id(), current), true, request.limit());
        } else if (cursor instanceof PageRequest.Last) {
            return new EventQuery(version, types, school, 0, Long.MAX_VALUE, true, request.limit());
        }
        return new EventQuery(version, types, school, 0, Long.MAX_VALUE, false, request.limit());
    }

    private long seq(CleverId id, int current) {
        return served.store().eventSeq(id, current, api()).orElseThrow(ApiException::notFound);
    }

    private void write(Context ctx, CleverJson json, SnapshotStore.EventPage page, int limit) {
        List<Event> events = page.events();
        String self = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        String next = page.more() && !events.isEmpty()
                ? link(ctx, limit, "starting_after", events.get(events.size() - 1))
                : "";
        String prev = page.earlier() && !events.isEmpty() ? link(ctx, limit, "ending_before", events.get(0)) : "";
        ctx.contentType("application/json");
        ListWriter writer = json.eventListWriter(ctx.outputStream());
        events.forEach(writer::event);
        writer.finish(new PageLinks(self, next, prev));
    }

    private String link(Context ctx, int limit, String cursor, Event event) {
        StringBuilder uri = new StringBuilder(path).append("?limit=").append(limit);
        String school = ctx.queryParam("school");
        if (school != null && !school.isEmpty()) {
            uri.append("&school=").append(school);
        }
        ctx.queryParams("record_type").forEach(t -> uri.append("&record_type=").append(t));
        return uri.append('&')
                .append(cursor)
                .append('=')
                .append(event.id().value())
                .toString();
    }

    private void single(Context ctx) {
        Catalog catalog = served.catalog();
        String text = ctx.pathParam("id");
        if (!CleverId.isValid(text)) {
            throw ApiException.notFound();
        }
        long seq = seq(CleverId.of(text), catalog.snapshot());
        CleverJson json = served.json(version, catalog);
        EventQuery query = new EventQuery(version, Set.of(), "", seq - 1, seq + 1, false, 1);
        Event event = served.store().events(query, catalog.snapshot(), json).events().stream()
                .findFirst()
                .orElseThrow(ApiException::notFound);
        ctx.contentType("application/json");
        json.writeSingleEvent(ctx.outputStream(), event);
    }

    /** The record types asked for; empty (no events at all) when only types without events are asked. */
    private Optional<Set<ResourceType>> types(Context ctx) {
        List<String> names = ctx.queryParams("record_type");
        Set<ResourceType> types = EnumSet.noneOf(ResourceType.class);
        boolean resources = false;
        for (String name : names) {
            Optional<ResourceType> type = ResourceType.fromEventName(version, name);
            if (type.isPresent()) {
                types.add(type.get());
            } else if (version.isV3() && name.equals("resources")) {
                resources = true;
            } else {
                throw ApiException.badParameter(
                        "record_type",
                        "a record type of " + version.path() + ", e.g. " + (version.isV3() ? "users" : "students"));
            }
        }
        return resources && types.isEmpty() ? Optional.empty() : Optional.of(types);
    }

    private static String school(Context ctx) {
        String school = ctx.queryParam("school");
        if (school == null || school.isEmpty()) {
            return "";
        }
        return PageRequest.id("school", school).value();
    }
}
