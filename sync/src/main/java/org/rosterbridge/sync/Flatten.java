package org.rosterbridge.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.ContactRole;
import org.rosterbridge.clever.Course;
import org.rosterbridge.clever.District;
import org.rosterbridge.clever.DistrictAdminRole;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.School;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.StaffRole;
import org.rosterbridge.clever.StudentRelationship;
import org.rosterbridge.clever.StudentRole;
import org.rosterbridge.clever.TeacherRole;
import org.rosterbridge.clever.Term;
import org.rosterbridge.clever.User;

/**
 * Turns Clever records (of any API version, already decoded into clever-model) into {@link Row}s. Every
 * non-guaranteed field becomes {@code ""} when absent and every code is kept as sent, so a missing field
 * or an unknown enum value never fails a run.
 */
final class Flatten {

    private Flatten() {}

    static Row row(CleverObject object) {
        if (object instanceof District d) {
            return district(d);
        }
        if (object instanceof School s) {
            return school(s);
        }
        if (object instanceof Term t) {
            return new Row(Kind.TERM, id(t.id()), List.of(t.name(), date(t.startDate()), date(t.endDate())), List.of());
        }
        if (object instanceof Course c) {
            return new Row(Kind.COURSE, id(c.id()), List.of(c.name(), c.number()), List.of());
        }
        if (object instanceof Section s) {
            return section(s);
        }
        return user((User) object);
    }

    static Kind kindOf(CleverObject object) {
        return row(object).kind();
    }

    private static Row district(District d) {
        return new Row(
                Kind.DISTRICT,
                id(d.id()),
                List.of(
                        d.name(),
                        d.sisType(),
                        d.state().wire(),
                        d.mdrNumber(),
                        d.ncesId(),
                        d.portalUrl(),
                        date(d.launchDate()),
                        d.lastSync().map(Instant::toString).orElse("")),
                List.of());
    }

    private static Row school(School s) {
        return new Row(
                Kind.SCHOOL,
                id(s.id()),
                List.of(
                        s.name(),
                        s.sisId(),
                        s.schoolNumber(),
                        s.stateId(),
                        s.ncesId(),
                        s.mdrNumber(),
                        s.phone(),
                        s.lowGrade().wire(),
                        s.highGrade().wire(),
                        s.principal().name(),
                        s.principal().email(),
                        s.location().address(),
                        s.location().city(),
                        s.location().state(),
                        s.location().zip()),
                List.of());
    }

    private static Row section(Section s) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < s.teachers().size(); i++) {
            CleverId teacher = s.teachers().get(i);
            boolean primary = s.teacher().map(teacher::equals).orElse(i == 0);
            links.add(new Link(LinkType.SECTION_TEACHER, id(teacher), List.of(bool(primary), Integer.toString(i))));
        }
        if (s.teachers().isEmpty() && s.teacher().isPresent()) {
            links.add(new Link(LinkType.SECTION_TEACHER, id(s.teacher().get()), List.of("true", "0")));
        }
        s.students().forEach(st -> links.add(new Link(LinkType.SECTION_STUDENT, id(st), List.of())));
        List<String> values = List.of(
                id(s.school()),
                s.term().map(Flatten::id).orElse(""),
                s.course().map(Flatten::id).orElse(""),
                s.sisId(),
                s.name(),
                s.sectionNumber(),
                s.period(),
                s.subject().wire(),
                s.grade().wire());
        return new Row(Kind.SECTION, id(s.id()), values, distinct(links));
    }

    private static Row user(User u) {
        List<Link> links = new ArrayList<>();
        u.roles().student().ifPresent(r -> student(r, links));
        u.roles().teacher().ifPresent(r -> teacher(r, links));
        u.roles().staff().ifPresent(r -> staff(r, links));
        u.roles().districtAdmin().ifPresent(r -> districtAdmin(r, links));
        u.roles().contact().ifPresent(r -> contact(r, links));
        String roles =
                String.join(",", u.roles().held().stream().map(Role::wire).toList());
        String sisId = links.stream()
                .filter(l ->
                        l.type() == LinkType.USER_ROLE && !l.attribute("sis_id").isEmpty())
                .map(l -> l.attribute("sis_id"))
                .findFirst()
                .orElse("");
        List<String> values =
                List.of(roles, u.name().first(), u.name().middle(), u.name().last(), u.email(), sisId);
        return new Row(Kind.USER, id(u.id()), values, distinct(links));
    }

    private static void student(StudentRole r, List<Link> links) {
        links.add(role(
                Role.STUDENT,
                Map.ofEntries(
                        Map.entry("legacy_clever_id", id(r.legacyId())),
                        Map.entry("sis_id", r.sisId()),
                        Map.entry("number", r.studentNumber()),
                        Map.entry("state_id", r.stateId()),
                        Map.entry("grade", r.grade().wire()),
                        Map.entry("dob", date(r.dob())),
                        Map.entry("gender", r.gender().wire()),
                        Map.entry("graduation_year", r.graduationYear()),
                        Map.entry("race", r.race().wire()),
                        Map.entry("hispanic_ethnicity", r.hispanicEthnicity().wire()),
                        Map.entry("ell_status", r.ellStatus().wire()),
                        Map.entry("frl_status", r.frlStatus().wire()),
                        Map.entry("iep_status", r.iepStatus()),
                        Map.entry("home_language", r.homeLanguage().wire()),
                        Map.entry("username", r.username()))));
        schools(Role.STUDENT, Optional.of(r.school()), r.schools(), links);
    }

    private static void teacher(TeacherRole r, List<Link> links) {
        links.add(role(
                Role.TEACHER,
                Map.of(
                        "legacy_clever_id", id(r.legacyId()),
                        "sis_id", r.sisId(),
                        "number", r.teacherNumber(),
                        "state_id", r.stateId(),
                        "title", r.title(),
                        "username", r.username())));
        schools(Role.TEACHER, Optional.of(r.school()), r.schools(), links);
    }

    private static void staff(StaffRole r, List<Link> links) {
        String permissions =
                String.join(",", r.roles().stream().map(c -> c.wire()).sorted().toList());
        links.add(role(
                Role.STAFF,
                Map.of(
                        "legacy_clever_id", id(r.legacyId()),
                        "sis_id", r.staffId(),
                        "title", r.title(),
                        "department", r.department(),
                        "username", r.username(),
                        "staff_permissions", permissions)));
        schools(Role.STAFF, Optional.empty(), r.schools(), links);
    }

    private static void districtAdmin(DistrictAdminRole r, List<Link> links) {
        links.add(role(Role.DISTRICT_ADMIN, Map.of("legacy_clever_id", id(r.legacyId()), "title", r.title())));
    }

    private static void contact(ContactRole r, List<Link> links) {
        links.add(role(
                Role.CONTACT,
                Map.of(
                        "legacy_clever_id", id(r.legacyId()),
                        "sis_id", r.sisId(),
                        "phone", r.phone(),
                        "phone_type", r.phoneType().wire())));
        for (StudentRelationship rel : r.studentRelationships()) {
            links.add(new Link(
                    LinkType.CONTACT_STUDENT,
                    id(rel.student()),
                    List.of(rel.relationship().wire(), rel.type().wire())));
        }
    }

    private static Link role(Role role, Map<String, String> given) {
        List<String> attributes = LinkType.USER_ROLE.attributes().stream()
                .map(c -> given.getOrDefault(c.name(), ""))
                .toList();
        return new Link(LinkType.USER_ROLE, role.wire(), attributes);
    }

    private static void schools(Role role, Optional<CleverId> primary, List<CleverId> schools, List<Link> links) {
        List<CleverId> all = new ArrayList<>(schools);
        primary.filter(p -> !all.contains(p)).ifPresent(all::add);
        for (CleverId school : all) {
            boolean isPrimary = primary.map(school::equals).orElse(false);
            links.add(new Link(LinkType.USER_SCHOOL, id(school), List.of(role.wire(), bool(isPrimary))));
        }
    }

    private static List<Link> distinct(List<Link> links) {
        Map<String, Link> byIdentity = new LinkedHashMap<>();
        links.forEach(l -> byIdentity.putIfAbsent(l.identity(), l));
        return List.copyOf(byIdentity.values());
    }

    private static String id(CleverId id) {
        return id.value();
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    private static String bool(boolean value) {
        return Boolean.toString(value);
    }
}
