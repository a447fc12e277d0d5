package org.rosterbridge.hub.derive;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.clever.DistrictAdminRole;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.Roles;
import org.rosterbridge.clever.StaffPermission;
import org.rosterbridge.clever.StaffRole;
import org.rosterbridge.clever.TeacherRole;
import org.rosterbridge.clever.User;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StaffColumn;
import org.rosterbridge.clever.csv.TeacherColumn;
import org.rosterbridge.hub.compact.IntList;
import org.rosterbridge.hub.ids.IdSpace;

/**
 * Teachers, staff and district admins, merged into one user per e-mail address as Clever does: a staff row
 * whose e-mail (compared without case and surrounding blanks) is a teacher's becomes that teacher user's
 * staff role, and a configured district admin whose e-mail is an employee's becomes that user's third role.
 * Only the first staff member with a teacher's address merges; a teacher user cannot hold two staff roles.
 * The merged user keeps the teacher's user id, so splitting them again (an e-mail change) gives the staff
 * role back its own user id.
 */
final class EmployeeObjects {
    private final Context context;
    private final List<String> districtAdmins;
    private final CleverId[] teacherUsers;
    private final int[] staffTeacher;
    private final Map<String, Integer> teacherByEmail = new HashMap<>();
    private final Map<String, Integer> staffByEmail = new HashMap<>();

    EmployeeObjects(Context context, List<String> districtAdmins) {
        this.context = context;
        this.districtAdmins = districtAdmins;
        DistrictRows rows = context.rows;
        this.teacherUsers = new CleverId[rows.teachers.size()];
        for (int t = 0; t < teacherUsers.length; t++) {
            teacherUsers[t] = rows.ids.of(IdSpace.TEACHER_USER, rows.teachers.key(t));
            teacherByEmail.putIfAbsent(email(rows.teacherRows.get(t).get(TeacherColumn.TEACHER_EMAIL)), t);
        }
        teacherByEmail.remove("");
        this.staffTeacher = mergeStaff(rows);
    }

    private int[] mergeStaff(DistrictRows rows) {
        int[] merged = new int[rows.staff.size()];
        boolean[] taken = new boolean[rows.teachers.size()];
        for (int s = 0; s < merged.length; s++) {
            String email = email(rows.staffRows.get(s).get(StaffColumn.STAFF_EMAIL));
            Integer teacher = teacherByEmail.get(email);
            merged[s] = teacher == null || taken[teacher] ? -1 : teacher;
            if (merged[s] >= 0) {
                taken[merged[s]] = true;
            } else if (!email.isEmpty()) {
                staffByEmail.putIfAbsent(email, s);
            }
        }
        return merged;
    }

    CleverId[] teacherUsers() {
        return teacherUsers.clone();
    }

    void emit(Consumer<CleverObject> sink) {
        DistrictRows rows = context.rows;
        int[] staffOfTeacher = new int[rows.teachers.size()];
        java.util.Arrays.fill(staffOfTeacher, -1);
        for (int s = 0; s < staffTeacher.length; s++) {
            if (staffTeacher[s] >= 0) {
                staffOfTeacher[staffTeacher[s]] = s;
            }
        }
        for (int t = 0; t < rows.teachers.size(); t++) {
            sink.accept(teacher(t, staffOfTeacher[t]));
        }
        for (int s = 0; s < staffTeacher.length; s++) {
            if (staffTeacher[s] < 0) {
                sink.accept(staff(s));
            }
        }
        standaloneAdmins().forEach(sink);
    }

    private User teacher(int t, int mergedStaff) {
        Row row = context.rows.teacherRows.get(t);
        Name name = new Name(
                row.get(TeacherColumn.FIRST_NAME),
                row.get(TeacherColumn.MIDDLE_NAME),
                row.get(TeacherColumn.LAST_NAME));
        String email = row.get(TeacherColumn.TEACHER_EMAIL);
        Roles roles = new Roles(
                Optional.empty(),
                Optional.of(teacherRole(t, row)),
                mergedStaff < 0 ? Optional.empty() : Optional.of(staffRole(mergedStaff)),
                admin(email, Integer.valueOf(t).equals(teacherByEmail.get(email(email)))),
                Optional.empty());
        return new User(teacherUsers[t], context.district, name, email, roles);
    }

    private TeacherRole teacherRole(int t, Row row) {
        DistrictRows rows = context.rows;
        int[] sections = context.relations.teacherSections.targets(t);
        int[] sectionSchools = new int[sections.length];
        TreeSet<CleverId> schools = new TreeSet<>();
        for (int i = 0; i < sections.length; i++) {
            sectionSchools[i] = rows.sectionSchools.get(sections[i]);
            schools.add(context.schools[sectionSchools[i]]);
        }
        IntList sisSchools = rows.teacherSchools.get(t);
        for (int i = 0; i < sisSchools.size(); i++) {
            schools.add(context.schools[sisSchools.get(i)]);
        }
        int primary = new PrimarySchool(context.relations.studentsPerSchool).of(sectionSchools, sisSchools.get(0));
        return new TeacherRole(
                rows.ids.of(IdSpace.TEACHER_LEGACY, rows.teachers.key(t)),
                row.get(TeacherColumn.TEACHER_ID),
                context.schools[primary],
                List.copyOf(schools),
                row.get(TeacherColumn.TEACHER_NUMBER),
                row.get(TeacherColumn.STATE_TEACHER_ID),
                row.get(TeacherColumn.TITLE),
                row.get(TeacherColumn.USERNAME));
    }

    private User staff(int s) {
        Row row = context.rows.staffRows.get(s);
        Name name = new Name(row.get(StaffColumn.FIRST_NAME), "", row.get(StaffColumn.LAST_NAME));
        String email = row.get(StaffColumn.STAFF_EMAIL);
        boolean adminHere =
                !teacherByEmail.containsKey(email(email)) && Integer.valueOf(s).equals(staffByEmail.get(email(email)));
        Roles roles = new Roles(
                Optional.empty(),
                Optional.empty(),
                Optional.of(staffRole(s)),
                admin(email, adminHere),
                Optional.empty());
        return new User(
                context.rows.ids.of(IdSpace.STAFF_USER, context.rows.staff.key(s)),
                context.district,
                name,
                email,
                roles);
    }

    private StaffRole staffRole(int s) {
        DistrictRows rows = context.rows;
        Row row = rows.staffRows.get(s);
        TreeSet<CleverId> schools = new TreeSet<>();
        IntList sisSchools = rows.staffSchools.get(s);
        for (int i = 0; i < sisSchools.size(); i++) {
            schools.add(context.schools[sisSchools.get(i)]);
        }
        return new StaffRole(
                rows.ids.of(IdSpace.STAFF_LEGACY, rows.staff.key(s)),
                row.get(StaffColumn.STAFF_ID),
                List.copyOf(schools),
                List.of(permission(row.get(StaffColumn.ROLE))),
                row.get(StaffColumn.DEPARTMENT),
                row.get(StaffColumn.TITLE),
                row.get(StaffColumn.USERNAME));
    }

    /** {@code School Tech Lead} (any spacing or case) grants that role; anything else is portal-only. */
    static Coded<StaffPermission> permission(String role) {
        String compact = role.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
        return Coded.of(
                compact.equals("schooltechlead") ? StaffPermission.SCHOOL_TECH_LEAD : StaffPermission.PORTAL_ONLY);
    }

    // Only one user per address may carry the district admin role: the teacher, else the first staff member.
    private Optional<DistrictAdminRole> admin(String email, boolean eligible) {
        String key = email(email);
        return !eligible
                        || key.isEmpty()
                        || districtAdmins.stream().map(EmployeeObjects::email).noneMatch(key::equals)
                ? Optional.empty()
                : Optional.of(new DistrictAdminRole(context.rows.ids.of(IdSpace.DISTRICT_ADMIN_LEGACY, key), ""));
    }

    private List<User> standaloneAdmins() {
        return districtAdmins.stream()
                .map(EmployeeObjects::email)
                .distinct()
                .filter(key -> !key.isEmpty() && !teacherByEmail.containsKey(key) && !staffByEmail.containsKey(key))
                .map(this::standaloneAdmin)
                .toList();
    }

    private User standaloneAdmin(String key) {
        DistrictAdminRole role = new DistrictAdminRole(context.rows.ids.of(IdSpace.DISTRICT_ADMIN_LEGACY, key), "");
        Roles roles =
                new Roles(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(role), Optional.empty());
        return new User(
                context.rows.ids.of(IdSpace.DISTRICT_ADMIN_USER, key),
                context.district,
                new Name("", "", ""),
                key,
                roles);
    }

    static String email(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
