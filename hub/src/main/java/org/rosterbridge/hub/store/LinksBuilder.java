package org.rosterbridge.hub.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.User;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * Collects the relations of a snapshot from its users and sections, in any order, and the per-role
 * indexes. Ids that are not in the snapshot (which a consistent snapshot never has) are dropped.
 * Not thread-safe.
 */
final class LinksBuilder {
    private final Map<Kind, Table> tables;
    private final byte[] userRoles;
    private final int[] sectionSchool;
    private final int[] sectionTerm;
    private final int[] sectionCourse;
    private final Pairs sectionStudents = new Pairs();
    private final Pairs sectionTeachers = new Pairs();
    private final Pairs userSections = new Pairs();
    private final Pairs contactStudents = new Pairs();
    private final Pairs userSchools = new Pairs();
    private final Pairs userPrimarySchools = new Pairs();
    private final SchoolUsers.Builder schoolUsers = new SchoolUsers.Builder();
    private final Map<Role, IntColumn> roleMembers = new EnumMap<>(Role.class);
    private final Map<Role, IdColumn> roleLegacy = new EnumMap<>(Role.class);

    LinksBuilder(Map<Kind, Table> tables) {
        this.tables = tables;
        int sections = tables.get(Kind.SECTION).size();
        this.userRoles = new byte[tables.get(Kind.USER).size()];
        this.sectionSchool = new int[sections];
        this.sectionTerm = new int[sections];
        this.sectionCourse = new int[sections];
        for (Role role : Role.values()) {
            roleMembers.put(role, new IntColumn());
            roleLegacy.put(role, new IdColumn(16));
        }
    }

    void section(int position, Section section) {
        sectionSchool[position] = find(Kind.SCHOOL, section.school());
        sectionTerm[position] = section.term().map(id -> find(Kind.TERM, id)).orElse(-1);
        sectionCourse[position] =
                section.course().map(id -> find(Kind.COURSE, id)).orElse(-1);
        for (CleverId student : section.students()) {
            int user = find(Kind.USER, student);
            sectionStudents.add(position, user);
            userSections.add(user, position);
        }
        for (CleverId teacher : section.teachers()) {
            int user = find(Kind.USER, teacher);
            sectionTeachers.add(position, user);
            userSections.add(user, position);
        }
    }

    void user(int position, User user) {
        for (Role role : user.roles().held()) {
            userRoles[position] |= (byte) SchoolUsers.bit(role);
        }
        var roles = user.roles();
        roles.student().ifPresent(r -> {
            member(Role.STUDENT, position, r.legacyId());
            schools(position, Role.STUDENT, r.schools(), r.school()::equals);
        });
        roles.teacher().ifPresent(r -> {
            member(Role.TEACHER, position, r.legacyId());
            schools(position, Role.TEACHER, r.schools(), r.school()::equals);
        });
        roles.staff().ifPresent(r -> {
            member(Role.STAFF, position, r.legacyId());
            schools(position, Role.STAFF, r.schools(), id -> false);
        });
        roles.districtAdmin().ifPresent(r -> member(Role.DISTRICT_ADMIN, position, r.legacyId()));
        roles.contact().ifPresent(r -> {
            member(Role.CONTACT, position, r.legacyId());
            r.studentRelationships().forEach(s -> contactStudents.add(position, find(Kind.USER, s.student())));
        });
    }

    private void member(Role role, int position, CleverId legacy) {
        roleMembers.get(role).add(position);
        roleLegacy.get(role).add(legacy);
    }

    private void schools(int user, Role role, List<CleverId> schools, Predicate<CleverId> primary) {
        for (CleverId id : schools) {
            int school = find(Kind.SCHOOL, id);
            boolean isPrimary = primary.test(id);
            if (school >= 0 && user >= 0) {
                schoolUsers.add(school, user, SchoolUsers.bit(role) | (isPrimary ? SchoolUsers.PRIMARY : 0));
                userSchools.add(user, school);
                if (isPrimary) {
                    userPrimarySchools.add(user, school);
                }
            }
        }
    }

    private int find(Kind kind, CleverId id) {
        return tables.get(kind).find(id);
    }

    Links links() {
        int users = userRoles.length;
        int sections = sectionSchool.length;
        Pairs schoolSections = new Pairs();
        Pairs termSections = new Pairs();
        Pairs courseSections = new Pairs();
        for (int s = 0; s < sections; s++) {
            schoolSections.add(sectionSchool[s], s);
            termSections.add(sectionTerm[s], s);
            courseSections.add(sectionCourse[s], s);
        }
        return new Links(
                sectionSchool,
                sectionTerm,
                sectionCourse,
                sectionStudents.relation(sections),
                sectionTeachers.relation(sections),
                userSections.relation(users),
                schoolSections.relation(tables.get(Kind.SCHOOL).size()),
                termSections.relation(tables.get(Kind.TERM).size()),
                courseSections.relation(tables.get(Kind.COURSE).size()),
                contactStudents.relation(users),
                contactStudents.reversed(users),
                userSchools.relation(users),
                userPrimarySchools.relation(users),
                schoolUsers.build(tables.get(Kind.SCHOOL).size()));
    }

    byte[] userRoles() {
        return userRoles;
    }

    Map<Role, RoleIndex> roleIndexes() {
        Map<Role, RoleIndex> indexes = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            indexes.put(role, roleIndex(roleMembers.get(role), roleLegacy.get(role)));
        }
        return indexes;
    }

    // Bodies arrive in any order: sort members by position, carrying each one's legacy id along.
    private static RoleIndex roleIndex(IntColumn members, IdColumn legacy) {
        long[] packed = new long[members.size()];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = ((long) members.get(i) << 32) | i;
        }
        java.util.Arrays.sort(packed);
        int[] sorted = new int[packed.length];
        int[] order = new int[packed.length];
        for (int i = 0; i < packed.length; i++) {
            sorted[i] = (int) (packed[i] >>> 32);
            order[i] = (int) packed[i];
        }
        return new RoleIndex(sorted, legacy.permuted(order));
    }

    /** Pairs of positions, dropping any with a missing end. */
    private static final class Pairs {
        private final IntColumn sources = new IntColumn();
        private final IntColumn targets = new IntColumn();

        void add(int source, int target) {
            if (source >= 0 && target >= 0) {
                sources.add(source);
                targets.add(target);
            }
        }

        Relation relation(int sourceCount) {
            return Relation.of(sourceCount, sources, targets);
        }

        Relation reversed(int targetCount) {
            return Relation.of(targetCount, targets, sources);
        }
    }
}
