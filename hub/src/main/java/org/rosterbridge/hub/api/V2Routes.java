package org.rosterbridge.hub.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.User;
import org.rosterbridge.clever.api.ApiVersion;
import org.rosterbridge.clever.api.ResourceType;
import org.rosterbridge.hub.store.Catalog;
import org.rosterbridge.hub.store.Kind;

/**
 * The v2.0 and v2.1 Data API: one object per role with the role's own (legacy) id, so a teacher who is also
 * staff is a teacher at {@code /teachers/{teacher id}} and a school admin at {@code /school_admins/{staff id}}.
 */
final class V2Routes {
    private final Served served;
    private final ApiVersion version;
    private final String prefix;

    V2Routes(Served served, ApiVersion version) {
        this.served = served;
        this.version = version;
        this.prefix = "/" + version.path();
    }

    private void get(RoutesConfig routes, String path, Served.Route route) {
        served.get(routes, version, prefix + path, route);
    }

    void register(RoutesConfig routes) {
        shared(routes);
        schools(routes);
        sections(routes);
        for (Role role : Role.values()) {
            people(routes, role);
        }
        students(routes);
        teachers(routes);
        get(
                routes,
                "/school_admins/{id}/schools",
                (ctx, c, json) -> served.list(ctx, json, c.schools(roleSchools(c, Role.STAFF, ctx))));
        get(
                routes,
                "/contacts/{id}/students",
                (ctx, c, json) -> served.list(
                        ctx, json, c.myStudents(Served.findPerson(c, Role.CONTACT, ctx), ResourceType.STUDENTS)));
    }

    private void shared(RoutesConfig routes) {
        for (Kind kind : new Kind[] {Kind.DISTRICT, Kind.SCHOOL, Kind.TERM, Kind.COURSE, Kind.SECTION}) {
            String segment = "/" + kind.v3Type().segment();
            get(routes, segment, (ctx, c, json) -> served.list(ctx, json, c.all(kind)));
            get(
                    routes,
                    segment + "/{id}",
                    (ctx, c, json) -> served.single(ctx, json, c, kind, Served.find(c, kind, ctx), kind.v3Type()));
            if (kind != Kind.DISTRICT) {
                get(routes, segment + "/{id}/district", (ctx, c, json) -> {
                    Served.find(c, kind, ctx);
                    served.district(ctx, json, c);
                });
            }
        }
        get(
                routes,
                "/terms/{id}/sections",
                (ctx, c, json) -> served.list(ctx, json, c.termSections(Served.find(c, Kind.TERM, ctx))));
        get(
                routes,
                "/courses/{id}/sections",
                (ctx, c, json) -> served.list(ctx, json, c.courseSections(Served.find(c, Kind.COURSE, ctx))));
    }

    private void schools(RoutesConfig routes) {
        get(
                routes,
                "/schools/{id}/sections",
                (ctx, c, json) -> served.list(ctx, json, c.schoolSections(Served.find(c, Kind.SCHOOL, ctx))));
        get(
                routes,
                "/schools/{id}/students",
                (ctx, c, json) -> served.list(
                        ctx,
                        json,
                        c.schoolUsers(
                                Served.find(c, Kind.SCHOOL, ctx),
                                EnumSet.of(Role.STUDENT),
                                false,
                                ResourceType.STUDENTS)));
        get(
                routes,
                "/schools/{id}/teachers",
                (ctx, c, json) -> served.list(
                        ctx,
                        json,
                        c.schoolUsers(
                                Served.find(c, Kind.SCHOOL, ctx),
                                EnumSet.of(Role.TEACHER),
                                false,
                                ResourceType.TEACHERS)));
    }

    private void sections(RoutesConfig routes) {
        get(
                routes,
                "/sections/{id}/students",
                (ctx, c, json) -> served.list(
                        ctx,
                        json,
                        c.sectionUsers(
                                Served.find(c, Kind.SECTION, ctx), EnumSet.of(Role.STUDENT), ResourceType.STUDENTS)));
        get(
                routes,
                "/sections/{id}/teachers",
                (ctx, c, json) -> served.list(
                        ctx,
                        json,
                        c.sectionUsers(
                                Served.find(c, Kind.SECTION, ctx), EnumSet.of(Role.TEACHER), ResourceType.TEACHERS)));
        get(routes, "/sections/{id}/teacher", (ctx, c, json) -> {
            Section section = (Section) record(c, Kind.SECTION, Served.find(c, Kind.SECTION, ctx));
            int teacher = section.teacher().flatMap(id -> position(c, id)).orElse(-1);
            served.single(ctx, json, c, Kind.USER, teacher, ResourceType.TEACHERS);
        });
        for (Kind parent : new Kind[] {Kind.COURSE, Kind.TERM, Kind.SCHOOL}) {
            String segment = parent.v3Type().segment();
            get(routes, "/sections/{id}/" + segment.substring(0, segment.length() - 1), (ctx, c, json) -> {
                int position = c.sectionParent(Served.find(c, Kind.SECTION, ctx), parent);
                served.single(ctx, json, c, parent, position, parent.v3Type());
            });
        }
    }

    private void people(RoutesConfig routes, Role role) {
        ResourceType type = ResourceType.forV2Role(role);
        String segment = "/" + type.segment();
        get(routes, segment, (ctx, c, json) -> served.list(ctx, json, c.people(role)));
        get(
                routes,
                segment + "/{id}",
                (ctx, c, json) -> served.single(ctx, json, c, Kind.USER, Served.findPerson(c, role, ctx), type));
        get(routes, segment + "/{id}/district", (ctx, c, json) -> {
            Served.findPerson(c, role, ctx);
            served.district(ctx, json, c);
        });
    }

    private void students(RoutesConfig routes) {
        get(
                routes,
                "/students/{id}/contacts",
                (ctx, c, json) -> served.list(
                        ctx, json, c.myContacts(Served.findPerson(c, Role.STUDENT, ctx), ResourceType.CONTACTS)));
        get(
                routes,
                "/students/{id}/teachers",
                (ctx, c, json) -> served.list(
                        ctx, json, c.myTeachers(Served.findPerson(c, Role.STUDENT, ctx), ResourceType.TEACHERS)));
        personSchools(routes, Role.STUDENT);
    }

    private void teachers(RoutesConfig routes) {
        get(
                routes,
                "/teachers/{id}/students",
                (ctx, c, json) -> served.list(
                        ctx, json, c.myStudents(Served.findPerson(c, Role.TEACHER, ctx), ResourceType.STUDENTS)));
        personSchools(routes, Role.TEACHER);
    }

    // Students and teachers: their sections, their schools and their primary school, all as that role.
    private void personSchools(RoutesConfig routes, Role role) {
        String segment = "/" + ResourceType.forV2Role(role).segment();
        get(
                routes,
                segment + "/{id}/sections",
                (ctx, c, json) -> served.list(ctx, json, c.userSections(Served.findPerson(c, role, ctx))));
        get(
                routes,
                segment + "/{id}/schools",
                (ctx, c, json) -> served.list(ctx, json, c.schools(roleSchools(c, role, ctx))));
        get(routes, segment + "/{id}/school", (ctx, c, json) -> {
            User user = (User) record(c, Kind.USER, Served.findPerson(c, role, ctx));
            Optional<CleverId> school = role == Role.STUDENT
                    ? user.roles().student().map(r -> r.school())
                    : user.roles().teacher().map(r -> r.school());
            int position = school.flatMap(id -> schoolPosition(c, id)).orElse(-1);
            served.single(ctx, json, c, Kind.SCHOOL, position, ResourceType.SCHOOLS);
        });
    }

    private List<CleverId> roleSchools(Catalog c, Role role, Context ctx) {
        User user = (User) record(c, Kind.USER, Served.findPerson(c, role, ctx));
        return switch (role) {
            case STUDENT -> user.roles().student().map(r -> r.schools()).orElse(List.of());
            case TEACHER -> user.roles().teacher().map(r -> r.schools()).orElse(List.of());
            case STAFF -> user.roles().staff().map(r -> r.schools()).orElse(List.of());
            default -> List.of();
        };
    }

    private org.rosterbridge.clever.CleverObject record(Catalog c, Kind kind, int position) {
        return served.store()
                .record(c, kind, java.util.OptionalInt.of(position))
                .orElseThrow(ApiException::notFound)
                .record();
    }

    private static Optional<Integer> position(Catalog c, CleverId userId) {
        var found = c.find(Kind.USER, userId);
        return found.isPresent() ? Optional.of(found.getAsInt()) : Optional.empty();
    }

    private static Optional<Integer> schoolPosition(Catalog c, CleverId schoolId) {
        var found = c.find(Kind.SCHOOL, schoolId);
        return found.isPresent() ? Optional.of(found.getAsInt()) : Optional.empty();
    }
}
