package org.rosterbridge.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Students in id order, in families of one to three siblings who share guardians and an address, with their
 * dated codes and enrollments. Every student-ordered table is written in the same pass, so each is in
 * {@code student_id} order as the export requires.
 */
final class SyntheticStudents {
    private static final List<String> ELL_CODES = List.of("ELL", "ELLIFE", "0231", "8239", "HOMELESS", "504");
    private static final List<String> SPECIAL_ED_CODES =
            List.of("IEP", "0352", "0396", "0440", "0495", "5786", "SE", "504PLAN");
    private static final List<String> MEAL_CODES = List.of("1", "2", "A", "5817", "5806", "3", "P");
    private static final List<String> FUNDING_CODES = List.of("TITLE1", "IDEA", "LOCAL");
    private static final List<String> PROGRAM_CODES = List.of("AIS-ELA", "AIS-MATH", "ESL", "GIFTED");
    private static final List<String> GROUP_CODES = List.of("BAND", "CHOIR", "ROBOTICS", "ATHLETICS");

    private final SyntheticPlan plan;
    private final Random random;
    private final ExtractTables tables;
    private long person;

    SyntheticStudents(SyntheticPlan plan, Random random, ExtractTables tables) {
        this.plan = plan;
        this.random = random;
        this.tables = tables;
    }

    void write() {
        long k = 0;
        while (k < plan.students) {
            int siblings = (int) Math.min(plan.students - k, 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(3)));
            List<String[]> guardians = family();
            String[] address = address();
            for (int s = 0; s < siblings; s++, k++) {
                student(k, guardians, address);
            }
        }
    }

    /** A family's People records: usually one or two, sometimes up to six. */
    private List<String[]> family() {
        int roll = random.nextInt(100);
        int count = roll < 45 ? 1 : roll < 87 ? 2 : roll < 93 ? 3 : roll < 96 ? 4 : roll < 98 ? 5 : 6;
        List<String[]> guardians = new java.util.ArrayList<>(count);
        String last = SyntheticWords.pick(random, SyntheticWords.LAST);
        for (int g = 0; g < count; g++) {
            String id = SyntheticPlan.id("P", ++person, 9);
            tables.row(SisTable.PEOPLE, id, SyntheticWords.pick(random, SyntheticWords.FIRST), last);
            phones(id);
            emails(id);
            String relationship =
                    g == 0 ? "Mother" : g == 1 ? "Father" : SyntheticWords.pick(random, SyntheticWords.RELATIONSHIPS);
            guardians.add(new String[] {
                id,
                relationship,
                String.valueOf(1 + (g + count - 1) % count),
                random.nextInt(10) == 0 ? "N" : "Y",
                random.nextInt(9) == 0 ? "N" : "Y"
            });
        }
        return guardians;
    }

    private void phones(String personId) {
        int count = random.nextInt(4);
        for (int p = 0; p < count; p++) {
            tables.row(
                    SisTable.PERSON_PHONES,
                    personId,
                    "555-" + (1000 + random.nextInt(9000)),
                    String.valueOf(count - p));
        }
    }

    private void emails(String personId) {
        int count = random.nextInt(3);
        int primary = random.nextInt(10) < 7 ? random.nextInt(Math.max(1, count)) : -1;
        for (int e = 0; e < count; e++) {
            tables.row(
                    SisTable.PERSON_EMAILS,
                    personId,
                    personId.toLowerCase(java.util.Locale.ROOT) + "." + e + "@home.example.org",
                    e == primary ? "Y" : "N",
                    String.valueOf(e + 1));
        }
    }

    private String[] address() {
        int suffix = random.nextInt(10);
        return new String[] {
            String.valueOf(1 + random.nextInt(9999)),
            suffix == 0 ? "A" : suffix == 1 ? "1/2" : "",
            SyntheticWords.pick(random, SyntheticWords.STREETS),
            SyntheticWords.pick(random, SyntheticWords.CITIES),
            "NY",
            String.valueOf(12000 + random.nextInt(900))
        };
    }

    private void student(long k, List<String[]> guardians, String[] address) {
        String id = SyntheticPlan.id("S", k + 1, 9);
        SyntheticPlan.SchoolPlan school = plan.schoolOf(k);
        String grade = grade(school);
        String nextGrade = SyntheticPlan.nextGrade(grade);
        if (SyntheticPlan.PRE_K.contains(grade)) {
            nextGrade = school.grades.get(1);
        }
        SyntheticPlan.SchoolPlan next = nextGrade.isEmpty() ? null : school.nextSchool(nextGrade);
        boolean active = random.nextInt(100) >= 3;
        boolean summer = active && random.nextInt(20) == 0;
        SyntheticPlan.SchoolPlan summerSchool = summer ? plan.summerSchool(k) : null;
        studentRow(id, k, school, grade, next, nextGrade, summerSchool, active, address);
        codes(id);
        for (String[] g : guardians) {
            tables.row(SisTable.GUARDIANS, id, g[0], g[1], g[2], g[3], g[4]);
        }
        enrollments(id, school, next, summerSchool);
    }

    private String grade(SyntheticPlan.SchoolPlan school) {
        String grade = school.grades.get(random.nextInt(school.grades.size()));
        if (grade.equals("AAP") && random.nextInt(4) != 0) {
            return "12";
        }
        return grade;
    }

    private void studentRow(
            String id,
            long k,
            SyntheticPlan.SchoolPlan school,
            String grade,
            SyntheticPlan.SchoolPlan next,
            String nextGrade,
            SyntheticPlan.SchoolPlan summer,
            boolean active,
            String[] address) {
        int age = age(grade);
        int year = SyntheticPlan.CURRENT_YEAR;
        String first = SyntheticWords.pick(random, SyntheticWords.FIRST);
        String last = SyntheticWords.pick(random, SyntheticWords.LAST);
        tables.row(
                SisTable.STUDENTS,
                id,
                active ? "Y" : "N",
                String.valueOf(100000 + k),
                "NY" + (900000000L + k),
                "stu" + (k + 1),
                last,
                random.nextInt(3) == 0 ? SyntheticWords.pick(random, SyntheticWords.FIRST) : "",
                first,
                gender(),
                String.valueOf(year + Math.max(0, 18 - age - 1)),
                String.format("%d-%02d-%02d", year - 1 - age, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                SyntheticWords.pick(random, SyntheticWords.RACES),
                random.nextInt(5) == 0 ? "Y" : "N",
                language(),
                school.id,
                grade,
                next == null ? "" : next.id,
                nextGrade,
                summer == null ? "" : summer.id,
                address[0],
                address[1],
                address[2],
                address[3],
                address[4],
                address[5],
                "stu" + (k + 1) + "@students.example.org");
    }

    private static int age(String grade) {
        if (SyntheticPlan.PRE_K.contains(grade)) {
            return 4;
        }
        if (SyntheticPlan.KINDERGARTEN.contains(grade)) {
            return 5;
        }
        return grade.equals("AAP") ? 18 : 5 + Integer.parseInt(grade);
    }

    private String gender() {
        int roll = random.nextInt(100);
        return roll < 48 ? "M" : roll < 96 ? "F" : roll < 98 ? "X" : "";
    }

    private String language() {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return "English";
        }
        if (roll < 92) {
            return SyntheticWords.pick(random, SyntheticWords.LISTED_LANGUAGES);
        }
        return roll < 99 ? SyntheticWords.pick(random, SyntheticWords.OTHER_LANGUAGES) : "";
    }

    private void codes(String id) {
        dated(id, SisTable.STUDENT_STATUSES, ELL_CODES, 15);
        dated(id, SisTable.SPECIAL_ED_STATUSES, SPECIAL_ED_CODES, 14);
        dated(id, SisTable.MEAL_STATUSES, MEAL_CODES, 45);
        dated(id, SisTable.FUNDING_SOURCES, FUNDING_CODES, 20);
        dated(id, SisTable.PROGRAM_SERVICES, PROGRAM_CODES, 15);
        dated(id, SisTable.STUDENT_GROUPS, GROUP_CODES, 20);
    }

    /** With {@code percent} chance a code, open-ended, ended or ending in the future; now and then a second. */
    private void dated(String id, SisTable table, List<String> codes, int percent) {
        if (random.nextInt(100) >= percent) {
            return;
        }
        int count = random.nextInt(6) == 0 ? 2 : 1;
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(4);
            String end = roll == 0 ? SyntheticClasses.PAST_END : roll == 1 ? SyntheticClasses.FUTURE_END : "";
            tables.row(table, id, SyntheticWords.pick(random, codes), "2025-09-01", end);
        }
    }

    private void enrollments(
            String id,
            SyntheticPlan.SchoolPlan school,
            SyntheticPlan.SchoolPlan next,
            SyntheticPlan.SchoolPlan summer) {
        Set<Long> classes = new LinkedHashSet<>();
        pick(classes, school, SyntheticPlan.ClassGroup.CURRENT, 8);
        if (next != null) {
            pick(classes, next, SyntheticPlan.ClassGroup.NEXT, 2);
        }
        if (summer != null) {
            pick(classes, summer, SyntheticPlan.ClassGroup.SUMMER_NEXT, 2);
            pick(classes, summer, SyntheticPlan.ClassGroup.SUMMER_CURRENT, 1);
        }
        for (long number : classes) {
            tables.row(SisTable.ENROLLMENTS, id, SyntheticPlan.id("C", number, 9));
        }
    }

    private void pick(Set<Long> into, SyntheticPlan.SchoolPlan school, SyntheticPlan.ClassGroup group, int wanted) {
        int count = school.classCount[group.ordinal()];
        long first = school.firstClass[group.ordinal()];
        int goal = Math.min(wanted, count);
        int added = 0;
        while (added < goal) {
            if (into.add(first + random.nextInt(count))) {
                added++;
            }
        }
    }
}
