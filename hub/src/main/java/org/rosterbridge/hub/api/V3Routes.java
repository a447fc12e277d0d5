package org.rosterbridge.hub.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.Set;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.api.ApiVersion;
import org.rosterbridge.clever.api.CleverJson;
import org.rosterbridge.clever.api.ResourceType;
import org.rosterbridge.hub.store.Catalog;
import org.rosterbridge.hub.store.Kind;
import org.rosterbridge.hub.store.Selection;

/** Every Data API endpoint of v3.0 and v3.1 (clever-api.md §2), events aside. */
final class V3Routes {
    private static final Set<Role> SCHOOL_ROLES = EnumSet.of(Role.STAFF, Role.STUDENT, Role.TEACHER);
    private static final Set<Role> SECTION_ROLES = EnumSet.of(Role.STUDENT, Role.TEACHER);

    private final Served served;
    private final ApiVersion version;
    private final String prefix;

    V3Routes(Served served, ApiVersion version) {
        this.served = served;
        this.version = version;
        this.prefix = "/" + version.path();
    }

    private void get(RoutesConfig routes, String path, Served.Route route) {
        served.get(routes, version, prefix + path, route);
    }

    void register(RoutesConfig routes) {
        districts(routes);
        schools(routes);
        users(routes);
        sections(routes);
        termsAndCourses(routes);
        resources(routes);
    }

    private void districts(RoutesConfig routes) {
        get(routes, "/districts", (ctx, c, json) -> served.list(ctx, json, c.all(Kind.DISTRICT)));
        get(
                routes,
                "/districts/{id}",
                (ctx, c, json) -> served.single(
                        ctx, json, c, Kind.DISTRICT, Served.find(c, Kind.DISTRICT, ctx), ResourceType.DISTRICTS));
    }

    private void schools(RoutesConfig routes) {
        get(routes, "/schools", (ctx, c, json) -> served.list(ctx, json, c.all(Kind.SCHOOL)));
        get(routes, "/schools/{id}", (ctx, c, json) -> single(ctx, c, json, Kind.SCHOOL));
        get(routes, "/schools/{id}/users", (ctx, c, json) -> {
            int school = Served.find(c, Kind.SCHOOL, ctx);
            Set<Role> roles = Served.roles(ctx, SCHOOL_ROLES);
            served.list(ctx, json, c.schoolUsers(school, roles, Served.primary(ctx), ResourceType.USERS));
        });
        get(
                routes,
                "/schools/{id}/sections",
                (ctx, c, json) -> served.list(ctx, json, c.schoolSections(Served.find(c, Kind.SCHOOL, ctx))));
        get(
                routes,
                "/schools/{id}/terms",
                (ctx, c, json) -> served.list(ctx, json, c.schoolTerms(Served.find(c, Kind.SCHOOL, ctx))));
        get(
                routes,
                "/schools/{id}/courses",
                (ctx, c, json) -> served.list(ctx, json, c.schoolCourses(Served.find(c, Kind.SCHOOL, ctx))));
        get(routes, "/schools/{id}/district", (ctx, c, json) -> district(ctx, c, json, Kind.SCHOOL));
    }

    private void users(RoutesConfig routes) {
        get(routes, "/users", (ctx, c, json) -> {
            Set<Role> roles = Served.roles(ctx, EnumSet.allOf(Role.class));
            Selection users = roles.isEmpty()
                    ? c.all(Kind.USER)
                    : c.usersWithRole(roles.iterator().next());
            served.list(ctx, json, users);
        });
        get(routes, "/users/{id}", (ctx, c, json) -> single(ctx, c, json, Kind.USER));
        get(
                routes,
                "/users/{id}/sections",
                (ctx, c, json) -> served.list(ctx, json, c.userSections(Served.find(c, Kind.USER, ctx))));
        get(routes, "/users/{id}/schools", (ctx, c, json) -> {
            int user = Served.find(c, Kind.USER, ctx);
            served.list(ctx, json, c.userSchools(user, Served.primary(ctx)));
        });
        get(routes, "/users/{id}/district", (ctx, c, json) -> district(ctx, c, json, Kind.USER));
        get(
                routes,
                "/users/{id}/mystudents",
                (ctx, c, json) ->
                        served.list(ctx, json, c.myStudents(Served.find(c, Kind.USER, ctx), ResourceType.USERS)));
        get(
                routes,
                "/users/{id}/myteachers",
                (ctx, c, json) ->
                        served.list(ctx, json, c.myTeachers(Served.find(c, Kind.USER, ctx), ResourceType.USERS)));
        get(
                routes,
                "/users/{id}/mycontacts",
                (ctx, c, json) ->
                        served.list(ctx, json, c.myContacts(Served.find(c, Kind.USER, ctx), ResourceType.USERS)));
        get(routes, "/users/{id}/resources", (ctx, c, json) -> emptyIfFound(ctx, c, Kind.USER));
    }

    private void sections(RoutesConfig routes) {
        get(routes, "/sections", (ctx, c, json) -> served.list(ctx, json, c.all(Kind.SECTION)));
        get(routes, "/sections/{id}", (ctx, c, json) -> single(ctx, c, json, Kind.SECTION));
        get(routes, "/sections/{id}/users", (ctx, c, json) -> {
            int section = Served.find(c, Kind.SECTION, ctx);
            Set<Role> roles = Served.roles(ctx, SECTION_ROLES);
            served.list(ctx, json, c.sectionUsers(section, roles, ResourceType.USERS));
        });
        for (Kind parent : new Kind[] {Kind.COURSE, Kind.TERM, Kind.SCHOOL}) {
            String segment = parent.v3Type().segment();
            get(routes, "/sections/{id}/" + segment.substring(0, segment.length() - 1), (ctx, c, json) -> {
                int position = c.sectionParent(Served.find(c, Kind.SECTION, ctx), parent);
                served.single(ctx, json, c, parent, position, parent.v3Type());
            });
        }
        get(routes, "/sections/{id}/district", (ctx, c, json) -> district(ctx, c, json, Kind.SECTION));
        get(routes, "/sections/{id}/resources", (ctx, c, json) -> emptyIfFound(ctx, c, Kind.SECTION));
    }

    private void termsAndCourses(RoutesConfig routes) {
        get(routes, "/terms", (ctx, c, json) -> served.list(ctx, json, c.all(Kind.TERM)));
        get(routes, "/terms/{id}", (ctx, c, json) -> single(ctx, c, json, Kind.TERM));
        get(
                routes,
                "/terms/{id}/sections",
                (ctx, c, json) -> served.list(ctx, json, c.termSections(Served.find(c, Kind.TERM, ctx))));
        get(
                routes,
                "/terms/{id}/schools",
                (ctx, c, json) -> served.list(ctx, json, c.termSchools(Served.find(c, Kind.TERM, ctx))));
        get(routes, "/terms/{id}/district", (ctx, c, json) -> district(ctx, c, json, Kind.TERM));
        get(routes, "/courses", (ctx, c, json) -> served.list(ctx, json, c.all(Kind.COURSE)));
        get(routes, "/courses/{id}", (ctx, c, json) -> single(ctx, c, json, Kind.COURSE));
        get(
                routes,
                "/courses/{id}/sections",
                (ctx, c, json) -> served.list(ctx, json, c.courseSections(Served.find(c, Kind.COURSE, ctx))));
        get(
                routes,
                "/courses/{id}/schools",
                (ctx, c, json) -> served.list(ctx, json, c.courseSchools(Served.find(c, Kind.COURSE, ctx))));
        get(routes, "/courses/{id}/district", (ctx, c, json) -> district(ctx, c, json, Kind.COURSE));
        get(routes, "/courses/{id}/resources", (ctx, c, json) -> emptyIfFound(ctx, c, Kind.COURSE));
    }

    // An SFTP district has no content-mapping resources: lists are empty and no resource exists.
    private void resources(RoutesConfig routes) {
        get(routes, "/resources", (ctx, c, json) -> {
            PageRequest.of(ctx);
            Served.emptyList(ctx);
        });
        for (String path : new String[] {
            "/resources/{id}", "/resources/{id}/users", "/resources/{id}/sections", "/resources/{id}/courses"
        }) {
            get(routes, path, (ctx, c, json) -> {
                throw ApiException.notFound();
            });
        }
    }

    private void single(Context ctx, Catalog c, CleverJson json, Kind kind) {
        served.single(ctx, json, c, kind, Served.find(c, kind, ctx), kind.v3Type());
    }

    private void district(Context ctx, Catalog c, CleverJson json, Kind kind) {
        Served.find(c, kind, ctx);
        served.district(ctx, json, c);
    }

    private static void emptyIfFound(Context ctx, Catalog c, Kind kind) {
        Served.find(c, kind, ctx);
        PageRequest.of(ctx);
        Served.emptyList(ctx);
    }
}
