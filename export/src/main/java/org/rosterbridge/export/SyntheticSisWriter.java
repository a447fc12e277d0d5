package org.rosterbridge.export;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic synthetic SIS extract that exercises every export rule and option: inactive
 * students, every grade code family, every race word, languages in and out of the list, PA and NY codes
 * with past, future and no end dates, families with more than four guardians, cross-building staff, up to
 * twelve co-teachers with ended ones, summer schools and classes, and next year's schedule.
 */
final class SyntheticSisWriter {
    private final SyntheticSis request;
    private final Random random;
    private final SyntheticPlan plan;
    private long staffNumber;
    private long classNumber;
    private long meetingNumber;

    SyntheticSisWriter(SyntheticSis request) {
        this.request = request;
        this.random = new Random(request.seed());
        this.plan = new SyntheticPlan(request.students());
    }

    GeneratedSis write() {
        try (ExtractTables tables = new ExtractTables(request.out())) {
            district(tables);
            for (SyntheticPlan.SchoolPlan school : plan.schools) {
                school(tables, school);
            }
            districtStaff(tables);
            for (SyntheticPlan.SchoolPlan school : plan.schools) {
                schoolStaff(tables, school);
            }
            for (SyntheticPlan.SchoolPlan school : plan.schools) {
                crossBuilding(tables, school);
            }
            for (SyntheticPlan.SchoolPlan school : plan.schools) {
                new SyntheticClasses(this, tables, school).write();
            }
            new SyntheticStudents(plan, random, tables).write();
            return new GeneratedSis(request.out(), tables.counts());
        }
    }

    private void district(ExtractTables tables) {
        tables.row(
                SisTable.DISTRICT,
                SyntheticPlan.DISTRICT_ID,
                "Synthetic Central School District",
                "NY",
                "999999000000",
                String.valueOf(SyntheticPlan.CURRENT_YEAR));
    }

    private void school(ExtractTables tables, SyntheticPlan.SchoolPlan school) {
        tables.row(
                SisTable.SCHOOLS,
                school.id,
                SyntheticWords.LAST.get(school.index % SyntheticWords.LAST.size()) + " " + school.type + " School "
                        + (school.index + 1),
                school.type,
                SyntheticPlan.id("9999990", school.index + 1, 5),
                school.summer ? "Y" : "N",
                SyntheticWords.pick(random, SyntheticWords.FIRST) + " "
                        + SyntheticWords.pick(random, SyntheticWords.LAST),
                String.valueOf(100 + school.index),
                SyntheticWords.pick(random, SyntheticWords.STREETS),
                SyntheticWords.pick(random, SyntheticWords.CITIES),
                "NY",
                "12" + (100 + school.index % 900),
                "555-01" + (10 + school.index % 90));
        for (String grade : school.grades) {
            tables.row(
                    SisTable.SCHOOL_GRADES,
                    school.id,
                    grade,
                    String.valueOf(SyntheticPlan.GRADE_ORDER.indexOf(grade) + 1));
        }
        for (int year : new int[] {SyntheticPlan.CURRENT_YEAR, SyntheticPlan.CURRENT_YEAR + 1}) {
            semesters(tables, school, year);
        }
        for (int period = 1; period <= 4; period++) {
            String p = String.valueOf(period);
            tables.row(SisTable.TIME_EQUIVALENCIES, school.id, p, p, "Period " + p);
        }
    }

    private static void semesters(ExtractTables tables, SyntheticPlan.SchoolPlan school, int year) {
        if (school.summer) {
            tables.row(
                    SisTable.SEMESTERS,
                    semester(school, year, 1),
                    school.id,
                    String.valueOf(year),
                    "Summer",
                    (year - 1) + "-07-01",
                    (year - 1) + "-08-14");
            return;
        }
        tables.row(
                SisTable.SEMESTERS,
                semester(school, year, 1),
                school.id,
                String.valueOf(year),
                "Semester 1",
                (year - 1) + "-09-01",
                year + "-01-31");
        tables.row(
                SisTable.SEMESTERS,
                semester(school, year, 2),
                school.id,
                String.valueOf(year),
                "Semester 2",
                year + "-02-01",
                year + "-06-30");
    }

    private static String semester(SyntheticPlan.SchoolPlan school, int year, int number) {
        return school.id + "-" + year + "-S" + number;
    }

    /** District office staff: a Clever Admin who is also a School Tech Lead, a superintendent, an inactive admin. */
    private void districtStaff(ExtractTables tables) {
        staff(tables, SyntheticPlan.DISTRICT_ID, true, "Technology", "", List.of("Clever Admin", "School Tech Lead"));
        staff(tables, SyntheticPlan.DISTRICT_ID, true, "Administration", "user", List.of("Superintendent"));
        staff(tables, SyntheticPlan.DISTRICT_ID, false, "Technology", "user", List.of("Clever Admin"));
    }

    private void schoolStaff(ExtractTables tables, SyntheticPlan.SchoolPlan school) {
        int teachers = school.summer ? 1 : Math.max(2, (plan.studentsAt(school) + 16) / 17);
        for (int t = 0; t < teachers; t++) {
            school.teachers.add(staff(tables, school.id, true, "Instruction", "user", List.of(teacherType(t))));
        }
        staff(tables, school.id, false, "Instruction", "user", List.of("Teacher"));
        staff(tables, school.id, true, "Administration", "user", List.of("Principal"));
        staff(tables, school.id, true, "Support", "", List.of("Aide"));
        if (school.index % 3 == 0) {
            staff(tables, school.id, true, "Technology", "user", List.of("Clever Admin", "School Tech Lead"));
        } else if (school.index % 3 == 1) {
            staff(tables, school.id, true, "Technology", "", List.of("Clever Admin"));
        }
    }

    private static String teacherType(int t) {
        return List.of(
                        "Teacher",
                        "Teacher",
                        "Teacher",
                        "Teacher",
                        "Enrichment Teacher",
                        "Teacher",
                        "ELL Teacher",
                        "Teacher",
                        "AIS Teacher",
                        "Teacher")
                .get(t % 10);
    }

    /**
     * One teacher in 25 also works in the next school (a summer school's teachers all come from regular
     * schools): a second staff record under the same user account, whose primary user is the first record.
     */
    private void crossBuilding(ExtractTables tables, SyntheticPlan.SchoolPlan school) {
        if (school.summer) {
            for (int i = 0; i < 4; i++) {
                SyntheticPlan.SchoolPlan home = plan.schools.get((school.index + i) % plan.regularSchools);
                String primary = home.teachers.get(i % home.teachers.size());
                school.visiting.add(secondRecord(tables, primary, school));
            }
            return;
        }
        SyntheticPlan.SchoolPlan other = plan.schools.get((school.index + 1) % plan.regularSchools);
        for (int i = 0; i < school.teachers.size(); i += 25) {
            other.visiting.add(secondRecord(tables, school.teachers.get(i), other));
        }
    }

    private String secondRecord(ExtractTables tables, String primary, SyntheticPlan.SchoolPlan at) {
        String id = SyntheticPlan.id("ST", ++staffNumber, 6);
        String username = "u" + primary.toLowerCase(Locale.ROOT);
        String lower = primary.toLowerCase(Locale.ROOT);
        tables.row(
                SisTable.STAFF,
                id,
                "Y",
                firstName(primary),
                "",
                lastName(primary),
                "NYS" + primary,
                lower + "@staff.example.org",
                lower + "@alt.example.org",
                "int-" + primary,
                "Instruction",
                username);
        tables.row(SisTable.STAFF_TYPES, id, "Teacher");
        tables.row(SisTable.STAFF_SCHOOLS, id, at.id);
        return id;
    }

    /** Writes a staff record; the returned id is its primary key. */
    String staff(
            ExtractTables tables,
            String schoolId,
            boolean active,
            String department,
            String account,
            List<String> types) {
        String id = SyntheticPlan.id("ST", ++staffNumber, 6);
        String lower = id.toLowerCase(Locale.ROOT);
        String username = account.isEmpty() ? "" : "u" + lower;
        tables.row(
                SisTable.STAFF,
                id,
                active ? "Y" : "N",
                firstName(id),
                random.nextInt(4) == 0 ? "Q" : "",
                lastName(id),
                "NYS" + id,
                lower + "@staff.example.org",
                lower + "@alt.example.org",
                "int-" + id,
                department,
                username);
        for (String type : types) {
            tables.row(SisTable.STAFF_TYPES, id, type);
        }
        tables.row(SisTable.STAFF_SCHOOLS, id, schoolId);
        if (!username.isEmpty()) {
            tables.row(SisTable.USER_ACCOUNTS, username, id);
        }
        return id;
    }

    /** A staff member's names follow from the primary record's id, so every record of one person agrees. */
    private static String firstName(String staffId) {
        return SyntheticWords.FIRST.get(Math.floorMod(staffId.hashCode(), SyntheticWords.FIRST.size()));
    }

    private static String lastName(String staffId) {
        return SyntheticWords.LAST.get(Math.floorMod(staffId.hashCode() / 7, SyntheticWords.LAST.size()));
    }

    Random random() {
        return random;
    }

    String nextClassId() {
        return SyntheticPlan.id("C", ++classNumber, 9);
    }

    long classNumber() {
        return classNumber;
    }

    String nextMeetingId() {
        return SyntheticPlan.id("M", ++meetingNumber, 9);
    }
}
