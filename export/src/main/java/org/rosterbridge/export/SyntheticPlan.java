package org.rosterbridge.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a synthetic district, decided before anything is written: schools, their grades, and where
 * each school's classes sit in the class numbering (so students can be enrolled without holding classes).
 * Proportions follow docs/peers.md §5: about 690 students per school, 17 per teacher, 6 classes per teacher.
 */
final class SyntheticPlan {
    static final int CURRENT_YEAR = 2027;
    static final String DISTRICT_ID = "D000";
    static final List<String> GRADE_ORDER = List.of(
            "PS2", "PS", "PSA", "PSP", "PKA", "PKP", "PKF", "PKH", "PK", "PA", "PP", "K3A", "K3F", "K3P", "K4A", "K4F",
            "K4P", "K5A", "K5F", "K5P", "KA", "KP", "KH", "K", "01", "02", "03", "04", "05", "06", "07", "08", "09",
            "10", "11", "12", "AAP");
    static final List<String> PRE_K = GRADE_ORDER.subList(0, 11);
    static final List<String> KINDERGARTEN = GRADE_ORDER.subList(11, 24);

    final int students;
    final int regularSchools;
    final int summerSchools;
    final List<SchoolPlan> schools = new ArrayList<>();

    SyntheticPlan(int students) {
        this.students = students;
        this.regularSchools = Math.max(4, (int) Math.round(students / 690.0));
        this.summerSchools = Math.max(1, regularSchools / 20);
        for (int i = 0; i < regularSchools + summerSchools; i++) {
            schools.add(new SchoolPlan(i, i >= regularSchools));
        }
    }

    static String id(String prefix, long number, int digits) {
        String text = Long.toString(number);
        return prefix + "0".repeat(Math.max(0, digits - text.length())) + text;
    }

    /** The regular school of student number {@code k} (from 0). */
    SchoolPlan schoolOf(long k) {
        return schools.get((int) (k % regularSchools));
    }

    SchoolPlan summerSchool(long k) {
        return schools.get(regularSchools + (int) (k % summerSchools));
    }

    int studentsAt(SchoolPlan school) {
        if (school.summer) {
            return Math.max(40, students / 20 / summerSchools);
        }
        return students / regularSchools + (school.index < students % regularSchools ? 1 : 0);
    }

    /** A school: its type and grades, and the classes it was given. */
    final class SchoolPlan {
        final int index;
        final boolean summer;
        final String id;
        final String type;
        final List<String> grades;
        /** Staff ids of the school's own teachers. */
        final List<String> teachers = new ArrayList<>();
        /** Second staff records of teachers from other schools (cross-building assignments). */
        final List<String> visiting = new ArrayList<>();
        /** First class number and count, per class group (see {@link ClassGroup}). */
        final long[] firstClass = new long[ClassGroup.values().length];

        final int[] classCount = new int[ClassGroup.values().length];

        SchoolPlan(int index, boolean summer) {
            this.index = index;
            this.summer = summer;
            this.id = id("SCH", index + 1, 4);
            this.type = summer
                    ? "Summer"
                    : List.of("Elementary", "Elementary", "Middle", "High").get(index % 4);
            this.grades = grades();
        }

        private List<String> grades() {
            List<String> result = new ArrayList<>();
            switch (type) {
                case "Elementary":
                    result.add(PRE_K.get(index % PRE_K.size()));
                    result.add(KINDERGARTEN.get(index % KINDERGARTEN.size()));
                    result.addAll(List.of("01", "02", "03", "04", "05"));
                    break;
                case "Middle":
                    result.addAll(List.of("06", "07", "08"));
                    break;
                case "High":
                    result.addAll(List.of("09", "10", "11", "12"));
                    if (index % 8 == 3) {
                        result.add("AAP");
                    }
                    break;
                default:
                    result.addAll(GRADE_ORDER.subList(23, 36));
            }
            return result;
        }

        /** The school a student of this school and grade goes to next year, from the same rotation. */
        SchoolPlan nextSchool(String nextGrade) {
            if (grades.contains(nextGrade)) {
                return this;
            }
            if (!nextGrade.equals("06") && !nextGrade.equals("09")) {
                return this;
            }
            String wanted = nextGrade.equals("06") ? "Middle" : "High";
            for (int step = 1; step <= regularSchools; step++) {
                SchoolPlan candidate = schools.get((index + step) % regularSchools);
                if (candidate.type.equals(wanted)) {
                    return candidate;
                }
            }
            return this;
        }
    }

    /** The kinds of classes a school holds, each numbered as one block. */
    enum ClassGroup {
        CURRENT,
        NEXT,
        SUMMER_CURRENT,
        SUMMER_NEXT
    }

    /** The grade after {@code grade}, or "" after grade 12 (and after post-graduate). */
    static String nextGrade(String grade) {
        if (PRE_K.contains(grade)) {
            return "K";
        }
        if (KINDERGARTEN.contains(grade)) {
            return "01";
        }
        if (grade.equals("12") || grade.equals("AAP")) {
            return "";
        }
        return GRADE_ORDER.get(GRADE_ORDER.indexOf(grade) + 1);
    }
}
