package org.rosterbridge.hub.store;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.api.ResourceType;
import org.rosterbridge.clever.api.TeacherIds;
import org.rosterbridge.hub.compact.IntList;
import org.rosterbridge.hub.compact.Relation;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * The snapshot being served, in memory as ids, versions and relations, never as records: a few dozen bytes
 * per record, so a district of millions of users fits. Records themselves are read from the store by
 * version when a page is served. Answers every "which records, in which order" question of the API with a
 * {@link Selection}. Immutable and thread-safe; a new snapshot gets a new catalog.
 */
public final class Catalog {
    private final int snapshot;
    private final Instant publishedAt;
    private final Map<Kind, Table> tables;
    private final byte[] userRoles;
    private final Map<Role, RoleIndex> roles;
    private final Links links;

    Catalog(
            int snapshot,
            Instant publishedAt,
            Map<Kind, Table> tables,
            byte[] userRoles,
            Map<Role, RoleIndex> roles,
            Links links) {
        this.snapshot = snapshot;
        this.publishedAt = publishedAt;
        this.tables = tables;
        this.userRoles = userRoles;
        this.roles = roles;
        this.links = links;
    }

    /** The catalog of a hub that has served nothing yet. */
    public static Catalog empty() {
        Map<Kind, Table> tables = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            tables.put(kind, Table.EMPTY);
        }
        Map<Role, RoleIndex> roles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            roles.put(role, RoleIndex.EMPTY);
        }
        return new Catalog(0, Instant.EPOCH, tables, new byte[0], roles, Links.EMPTY);
    }

    /** The snapshot served, 0 when none. */
    public int snapshot() {
        return snapshot;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public boolean isEmpty() {
        return snapshot == 0;
    }

    public int count(Kind kind) {
        return table(kind).size();
    }

    /** How many users hold {@code role}. */
    public int count(Role role) {
        return roles.get(role).members.length;
    }

    Table table(Kind kind) {
        return tables.get(kind);
    }

    Map<Kind, Table> tables() {
        return tables;
    }

    byte[] userRoles() {
        return userRoles;
    }

    Links links() {
        return links;
    }

    RoleIndex roleIndex(Role role) {
        return roles.get(role);
    }

    /** The position of record {@code id} of {@code kind}. */
    public OptionalInt find(Kind kind, CleverId id) {
        int at = table(kind).find(id);
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
    }

    /** The user position of the v2 person with id {@code legacyId} in {@code role}. */
    public OptionalInt findPerson(Role role, CleverId legacyId) {
        int at = roles.get(role).userOfLegacy(legacyId);
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
    }

    public boolean hasRole(int user, Role role) {
        return user >= 0 && user < userRoles.length && (userRoles[user] & SchoolUsers.bit(role)) != 0;
    }

    /** The legacy id of user {@code user}'s {@code role}. */
    public Optional<CleverId> legacyId(int user, Role role) {
        return roles.get(role).legacyOfUser(user);
    }

    /** v3 user id to v2 teacher id, for v2 sections; unknown users keep their id. */
    public TeacherIds teacherIds() {
        RoleIndex teachers = roles.get(Role.TEACHER);
        Table users = table(Kind.USER);
        return userId -> {
            int user = users.find(userId);
            return user < 0 ? userId : teachers.legacyOfUser(user).orElse(userId);
        };
    }

    /** Every record of {@code kind}. */
    public Selection all(Kind kind) {
        return Selection.all(kind, kind.v3Type(), table(kind));
    }

    /** The v3 users holding {@code role}. */
    public Selection usersWithRole(Role role) {
        return Selection.of(Kind.USER, ResourceType.USERS, table(Kind.USER), roles.get(role).members);
    }

    /** The v2 people of {@code role}, by their v2 ids. */
    public Selection people(Role role) {
        RoleIndex index = roles.get(role);
        return Selection.byWireIds(
                Kind.USER, ResourceType.forV2Role(role), table(Kind.USER), index.usersByLegacy, index.legacySorted);
    }

    /** Users at {@code positions} shown as {@code type}: v3 users, or v2 people of the type's role. */
    Selection users(int[] positions, ResourceType type) {
        Optional<Role> role = type.v2Role();
        if (role.isEmpty() || role.get() == Role.STUDENT) {
            return Selection.of(Kind.USER, type, table(Kind.USER), positions);
        }
        RoleIndex index = roles.get(role.get());
        IntList kept = new IntList();
        IdColumn wireIds = new IdColumn(positions.length);
        for (int user : positions) {
            index.legacyOfUser(user).ifPresent(id -> {
                kept.add(user);
                wireIds.add(id);
            });
        }
        return Selection.sortedByWireIds(Kind.USER, type, table(Kind.USER), kept.toArray(), wireIds);
    }

    /** The users of {@code school} with one of {@code roleFilter} (any when empty), shown as {@code type}. */
    public Selection schoolUsers(int school, Set<Role> roleFilter, boolean primaryOnly, ResourceType type) {
        int mask = 0;
        for (Role role : roleFilter) {
            mask |= SchoolUsers.bit(role);
        }
        return users(links.schoolUsers.users(school, mask, primaryOnly), type);
    }

    public Selection schoolSections(int school) {
        return sections(links.schoolSections.targets(school));
    }

    public Selection schoolTerms(int school) {
        return related(Kind.TERM, links.schoolSections.targets(school), links.sectionTerm);
    }

    public Selection schoolCourses(int school) {
        return related(Kind.COURSE, links.schoolSections.targets(school), links.sectionCourse);
    }

    public Selection termSections(int term) {
        return sections(links.termSections.targets(term));
    }

    public Selection termSchools(int term) {
        return related(Kind.SCHOOL, links.termSections.targets(term), links.sectionSchool);
    }

    public Selection courseSections(int course) {
        return sections(links.courseSections.targets(course));
    }

    public Selection courseSchools(int course) {
        return related(Kind.SCHOOL, links.courseSections.targets(course), links.sectionSchool);
    }

    /** The section's school, term or course position, -1 when it has none. */
    public int sectionParent(int section, Kind kind) {
        int[] parents = switch (kind) {
            case SCHOOL -> links.sectionSchool;
            case TERM -> links.sectionTerm;
            case COURSE -> links.sectionCourse;
            default -> throw new IllegalArgumentException("sections have no " + kind);
        };
        return section >= 0 && section < parents.length ? parents[section] : -1;
    }

    /** The students and teachers of a section with one of {@code roleFilter} (any when empty). */
    public Selection sectionUsers(int section, Set<Role> roleFilter, ResourceType type) {
        TreeSet<Integer> users = new TreeSet<>();
        if (roleFilter.isEmpty() || roleFilter.contains(Role.STUDENT)) {
            add(users, links.sectionStudents.targets(section));
        }
        if (roleFilter.isEmpty() || roleFilter.contains(Role.TEACHER)) {
            add(users, links.sectionTeachers.targets(section));
        }
        return users(toArray(users), type);
    }

    public Selection userSections(int user) {
        return sections(links.userSections.targets(user));
    }

    /** The schools named by {@code ids} that the snapshot has, e.g. one role's schools. */
    public Selection schools(java.util.List<CleverId> ids) {
        TreeSet<Integer> positions = new TreeSet<>();
        Table schools = table(Kind.SCHOOL);
        for (CleverId id : ids) {
            int at = schools.find(id);
            if (at >= 0) {
                positions.add(at);
            }
        }
        return Selection.of(Kind.SCHOOL, ResourceType.SCHOOLS, schools, toArray(positions));
    }

    public Selection userSchools(int user, boolean primaryOnly) {
        Relation relation = primaryOnly ? links.userPrimarySchools : links.userSchools;
        return Selection.of(Kind.SCHOOL, ResourceType.SCHOOLS, table(Kind.SCHOOL), relation.targets(user));
    }

    /** A teacher's students (through sections) or a contact's students, shown as {@code type}. */
    public Selection myStudents(int user, ResourceType type) {
        TreeSet<Integer> students = new TreeSet<>();
        add(students, links.contactStudents.targets(user));
        if (hasRole(user, Role.TEACHER)) {
            for (int section : links.userSections.targets(user)) {
                add(students, links.sectionStudents.targets(section));
            }
        }
        return users(toArray(students), type);
    }

    /** A student's teachers, through sections. */
    public Selection myTeachers(int user, ResourceType type) {
        TreeSet<Integer> teachers = new TreeSet<>();
        if (hasRole(user, Role.STUDENT)) {
            for (int section : links.userSections.targets(user)) {
                add(teachers, links.sectionTeachers.targets(section));
            }
        }
        return users(toArray(teachers), type);
    }

    /** A student's contacts. */
    public Selection myContacts(int user, ResourceType type) {
        return users(links.studentContacts.targets(user), type);
    }

    private Selection sections(int[] positions) {
        return Selection.of(Kind.SECTION, ResourceType.SECTIONS, table(Kind.SECTION), positions);
    }

    private Selection related(Kind kind, int[] sections, int[] parentOf) {
        TreeSet<Integer> parents = new TreeSet<>();
        for (int section : sections) {
            if (parentOf[section] >= 0) {
                parents.add(parentOf[section]);
            }
        }
        return Selection.of(kind, kind.v3Type(), table(kind), toArray(parents));
    }

    private static void add(Set<Integer> set, int[] values) {
        for (int value : values) {
            set.add(value);
        }
    }

    private static int[] toArray(Set<Integer> set) {
        return set.stream().mapToInt(Integer::intValue).toArray();
    }
}
