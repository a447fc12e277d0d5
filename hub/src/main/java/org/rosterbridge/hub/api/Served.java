package org.rosterbridge.hub.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.api.ApiVersion;
import org.rosterbridge.clever.api.CleverJson;
import org.rosterbridge.clever.api.ResourceType;
import org.rosterbridge.clever.api.Stamped;
import org.rosterbridge.hub.store.Catalog;
import org.rosterbridge.hub.store.Kind;
import org.rosterbridge.hub.store.Selection;
import org.rosterbridge.hub.store.SnapshotStore;

/** What every route needs: the served catalog, the store, and the ways to answer with one or many records. */
final class Served {
    private final Supplier<Catalog> catalog;
    private final SnapshotStore store;
    private final Pager pager;

    Served(Supplier<Catalog> catalog, SnapshotStore store) {
        this.catalog = catalog;
        this.store = store;
        this.pager = new Pager(store);
    }

    Catalog catalog() {
        return catalog.get();
    }

    /** A handler given the request, the catalog it must use throughout, and the version's codec. */
    interface Route {
        void handle(Context ctx, Catalog catalog, CleverJson json);
    }

    /**
     * Registers {@code route} at {@code path}; each request takes the served catalog once, so a snapshot
     * published mid-request cannot mix two snapshots in one answer.
     */
    void get(RoutesConfig routes, ApiVersion version, String path, Route route) {
        routes.get(path, ctx -> {
            Catalog served = catalog.get();
            route.handle(ctx, served, json(version, served));
        });
    }

    SnapshotStore store() {
        return store;
    }

    /** The codec of {@code version}, naming v2 section teachers by their v2 ids. */
    CleverJson json(ApiVersion version, Catalog served) {
        CleverJson json = CleverJson.of(version);
        return version.isV3() ? json : json.withTeacherIds(served.teacherIds());
    }

    /** The position of the record named by path parameter {@code id}, or 404. */
    static int find(Catalog served, Kind kind, Context ctx) {
        String id = ctx.pathParam("id");
        if (!CleverId.isValid(id)) {
            throw ApiException.notFound();
        }
        return served.find(kind, CleverId.of(id)).orElseThrow(ApiException::notFound);
    }

    /** The user position of the v2 person of {@code role} named by path parameter {@code id}, or 404. */
    static int findPerson(Catalog served, Role role, Context ctx) {
        String id = ctx.pathParam("id");
        if (!CleverId.isValid(id)) {
            throw ApiException.notFound();
        }
        return served.findPerson(role, CleverId.of(id)).orElseThrow(ApiException::notFound);
    }

    void list(Context ctx, CleverJson json, Selection selection) {
        pager.write(ctx, json, selection);
    }

    /** Answers with the record at {@code position} of {@code kind}, shown as {@code type}. */
    void single(Context ctx, CleverJson json, Catalog served, Kind kind, int position, ResourceType type) {
        if (position < 0) {
            throw ApiException.notFound();
        }
        Stamped record =
                store.record(served, kind, java.util.OptionalInt.of(position)).orElseThrow(ApiException::notFound);
        ctx.contentType("application/json");
        json.writeSingle(ctx.outputStream(), type, record.record(), record.stamps());
    }

    /** Answers with the district. */
    void district(Context ctx, CleverJson json, Catalog served) {
        single(ctx, json, served, Kind.DISTRICT, served.count(Kind.DISTRICT) > 0 ? 0 : -1, ResourceType.DISTRICTS);
    }

    /** An empty list, for the content-mapping resources no SFTP district has. */
    static void emptyList(Context ctx) {
        String self = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        ctx.contentType("application/json")
                .result("{\"data\":[],\"links\":[{\"rel\":\"self\",\"uri\":\"" + self.replace("\"", "%22") + "\"}]}");
    }

    /** The {@code role} parameter, one of {@code allowed}; every role of them when absent. */
    static Set<Role> roles(Context ctx, Set<Role> allowed) {
        String text = ctx.queryParam("role");
        if (text == null || text.isEmpty()) {
            return EnumSet.noneOf(Role.class);
        }
        for (Role role : allowed) {
            if (role.wire().equals(text)) {
                return EnumSet.of(role);
            }
        }
        throw ApiException.badParameter(
                "role",
                "one of "
                        + String.join(
                                ", ", allowed.stream().map(Role::wire).sorted().toList()));
    }

    /** The {@code primary} parameter: {@code true} restricts to primary schools. */
    static boolean primary(Context ctx) {
        String text = ctx.queryParam("primary");
        if (text == null || text.isEmpty() || text.toLowerCase(Locale.ROOT).equals("false")) {
            return false;
        }
        if (text.toLowerCase(Locale.ROOT).equals("true")) {
            return true;
        }
        throw ApiException.badParameter("primary", "true or empty");
    }
}
