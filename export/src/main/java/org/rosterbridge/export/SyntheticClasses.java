package org.rosterbridge.export;

import java.util.List;
import java.util.Random;

/**
 * One school's classes for the current and next year (summer schools: summer classes of both years), with
 * semesters, meeting times and co-teachers. Each group of classes is numbered as one block, which is what
 * lets students be enrolled later by number alone.
 */
final class SyntheticClasses {
    static final String PAST_END = "2026-06-30";
    static final String FUTURE_END = "2030-06-30";

    private final SyntheticSisWriter writer;
    private final ExtractTables tables;
    private final SyntheticPlan.SchoolPlan school;
    private final Random random;
    private int section;

    SyntheticClasses(SyntheticSisWriter writer, ExtractTables tables, SyntheticPlan.SchoolPlan school) {
        this.writer = writer;
        this.tables = tables;
        this.school = school;
        this.random = writer.random();
    }

    void write() {
        int current = SyntheticPlan.CURRENT_YEAR;
        if (school.summer) {
            group(SyntheticPlan.ClassGroup.SUMMER_NEXT, current + 1, 3, 3);
            group(SyntheticPlan.ClassGroup.SUMMER_CURRENT, current, 1, 1);
        } else {
            group(SyntheticPlan.ClassGroup.CURRENT, current, 6, 1);
            group(SyntheticPlan.ClassGroup.NEXT, current + 1, 2, 0);
        }
    }

    /** {@code perTeacher} classes for each own teacher and {@code perVisitor} for each visiting record. */
    private void group(SyntheticPlan.ClassGroup group, int year, int perTeacher, int perVisitor) {
        school.firstClass[group.ordinal()] = writer.classNumber() + 1;
        int count = 0;
        for (String teacher : school.teachers) {
            for (int i = 0; i < perTeacher; i++, count++) {
                classRow(teacher, year, count);
            }
        }
        for (String teacher : school.visiting) {
            for (int i = 0; i < perVisitor; i++, count++) {
                classRow(teacher, year, count);
            }
        }
        school.classCount[group.ordinal()] = count;
    }

    private void classRow(String teacher, int year, int count) {
        String id = writer.nextClassId();
        String subject = SyntheticWords.SUBJECTS.get(count % SyntheticWords.SUBJECTS.size());
        String level = school.grades.get(count % school.grades.size());
        String course = subject + " " + level;
        boolean summer = school.summer || random.nextInt(100) == 0;
        tables.row(
                SisTable.CLASSES,
                id,
                school.id,
                String.valueOf(year),
                course,
                subject.substring(0, 3).toUpperCase(java.util.Locale.ROOT) + "-" + level,
                "Synthetic course in " + subject + ", level " + level,
                subject,
                String.valueOf(++section),
                summer ? "Y" : "N");
        semesters(id, year);
        meetings(id, teacher);
    }

    private void semesters(String classId, int year) {
        String prefix = school.id + "-" + year + "-S";
        int shape = school.summer ? 1 : random.nextInt(5);
        if (shape != 2) {
            tables.row(SisTable.CLASS_SEMESTERS, classId, prefix + 1);
        }
        if (shape >= 2) {
            tables.row(SisTable.CLASS_SEMESTERS, classId, prefix + 2);
        }
    }

    private void meetings(String classId, String teacher) {
        int from = 1 + random.nextInt(8);
        int to = random.nextInt(3) == 0 ? Math.min(8, from + 1) : from;
        String first = writer.nextMeetingId();
        tables.row(SisTable.MEETING_TIMES, first, classId, "1", teacher, String.valueOf(from), String.valueOf(to));
        if (random.nextInt(5) == 0) {
            String second = writer.nextMeetingId();
            String other = school.teachers.get(random.nextInt(school.teachers.size()));
            tables.row(SisTable.MEETING_TIMES, second, classId, "2", other, String.valueOf(to), String.valueOf(to));
            tables.row(SisTable.CO_TEACHERS, second, teacher, "1", "2026-09-01", "");
        }
        int roll = random.nextInt(100);
        if (roll < 14) {
            coTeachers(first, teacher, roll == 0 ? 12 : 1 + random.nextInt(2));
        }
    }

    /**
     * Co-teachers of a first meeting time. A long list holds the meeting's own teacher and ended assignments
     * too, so that the ten-teacher cap and the end-date rule both matter.
     */
    private void coTeachers(String meetingId, String teacher, int count) {
        List<String> pool = school.teachers.size() > 1 ? school.teachers : List.of(teacher);
        for (int i = 0; i < count; i++) {
            String staff = i == 1 && count > 2 ? teacher : pool.get(random.nextInt(pool.size()));
            String end = i % 4 == 3 ? PAST_END : i % 4 == 2 ? FUTURE_END : "";
            tables.row(SisTable.CO_TEACHERS, meetingId, staff, String.valueOf(i + 1), "2026-09-01", end);
        }
    }
}
