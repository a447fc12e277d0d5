package org.rosterbridge.hub.store;

import java.util.EnumMap;
import java.util.Map;
import org.rosterbridge.clever.Role;
import org.rosterbridge.hub.compact.IntList;
import org.rosterbridge.hub.compact.Relation;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * Collects the relations of a snapshot by table position, in any order, and the per-role indexes.
 * Negative positions (ids the snapshot does not have, which a consistent snapshot never has) are
 * dropped. Not thread-safe, with one exception: the users' relations (roles, schools, contacts) and the
 * sections' (school, term, course, rosters) are separate, so one thread may feed users while another feeds
 * sections, as {@link LinkSpill} does; {@link #catalog} comes after both.
 */
final class LinksBuilder {
    private final Map<Kind, Table> tables;
    private final byte[] userRoles;
    private final int[] sectionSchool;
    private final int[] sectionTerm;
    private final int[] sectionCourse;
    private final Pairs sectionStudents = new Pairs();
    private final Pairs sectionTeachers = new Pairs();
    private final Pairs contactStudents = new Pairs();
    private final Pairs userSchools = new Pairs();
    private final Pairs userPrimarySchools = new Pairs();
    private final SchoolUsers.Builder schoolUsers = new SchoolUsers.Builder();
    private final Map<Role, IntList> roleMembers = new EnumMap<>(Role.class);
    private final Map<Role, IdColumn> roleLegacy = new EnumMap<>(Role.class);

    LinksBuilder(Map<Kind, Table> tables) {
        this.tables = tables;
        int sections = tables.get(Kind.SECTION).size();
        this.userRoles = new byte[tables.get(Kind.USER).size()];
        this.sectionSchool = filled(sections);
        this.sectionTerm = filled(sections);
        this.sectionCourse = filled(sections);
        for (Role role : Role.values()) {
            roleMembers.put(role, new IntList());
            roleLegacy.put(role, new IdColumn(16));
        }
    }

    private static int[] filled(int size) {
        int[] array = new int[size];
        java.util.Arrays.fill(array, -1);
        return array;
    }

    void roles(int user, int mask) {
        if (user >= 0) {
            userRoles[user] = (byte) mask;
        }
    }

    void member(Role role, int user, long legacyHigh, int legacyLow) {
        if (user >= 0) {
            roleMembers.get(role).add(user);
            roleLegacy.get(role).add(legacyHigh, legacyLow);
        }
    }

    void school(int user, Role role, int school, boolean primary) {
        if (school >= 0 && user >= 0) {
            schoolUsers.add(school, user, SchoolUsers.bit(role) | (primary ? SchoolUsers.PRIMARY : 0));
            userSchools.add(user, school);
            if (primary) {
                userPrimarySchools.add(user, school);
            }
        }
    }

    void contactStudent(int contact, int student) {
        contactStudents.add(contact, student);
    }

    void section(int section, int school, int term, int course) {
        if (section >= 0) {
            sectionSchool[section] = school;
            sectionTerm[section] = term;
            sectionCourse[section] = course;
        }
    }

    void sectionStudent(int section, int user) {
        sectionStudents.add(section, user);
    }

    void sectionTeacher(int section, int user) {
        sectionTeachers.add(section, user);
    }

    Catalog catalog(int snapshot, java.time.Instant publishedAt) {
        return new Catalog(snapshot, publishedAt, tables, userRoles, roleIndexes(), links());
    }

    private Links links() {
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
        Relation students = sectionStudents.relation(sections);
        Relation teachers = sectionTeachers.relation(sections);
        return new Links(
                sectionSchool,
                sectionTerm,
                sectionCourse,
                students,
                teachers,
                Relation.union(students.reversed(users), teachers.reversed(users)),
                schoolSections.relation(tables.get(Kind.SCHOOL).size()),
                termSections.relation(tables.get(Kind.TERM).size()),
                courseSections.relation(tables.get(Kind.COURSE).size()),
                contactStudents.relation(users),
                contactStudents.reversed(users),
                userSchools.relation(users),
                userPrimarySchools.relation(users),
                schoolUsers.build(tables.get(Kind.SCHOOL).size()));
    }

    private Map<Role, RoleIndex> roleIndexes() {
        Map<Role, RoleIndex> indexes = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            indexes.put(role, roleIndex(roleMembers.get(role), roleLegacy.get(role)));
        }
        return indexes;
    }

    // Members arrive in any order: sort by position, carrying each one's legacy id along.
    private static RoleIndex roleIndex(IntList members, IdColumn legacy) {
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
        private final IntList sources = new IntList();
        private final IntList targets = new IntList();

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
