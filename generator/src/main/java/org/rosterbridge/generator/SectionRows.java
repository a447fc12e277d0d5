package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.SectionColumn.COURSE_DESCRIPTION;
import static org.rosterbridge.clever.csv.SectionColumn.COURSE_NAME;
import static org.rosterbridge.clever.csv.SectionColumn.COURSE_NUMBER;
import static org.rosterbridge.clever.csv.SectionColumn.GRADE;
import static org.rosterbridge.clever.csv.SectionColumn.NAME;
import static org.rosterbridge.clever.csv.SectionColumn.PERIOD;
import static org.rosterbridge.clever.csv.SectionColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.SectionColumn.SECTION_ID;
import static org.rosterbridge.clever.csv.SectionColumn.SECTION_NUMBER;
import static org.rosterbridge.clever.csv.SectionColumn.SUBJECT;
import static org.rosterbridge.clever.csv.SectionColumn.TEACHER_ID;
import static org.rosterbridge.clever.csv.SectionColumn.TERM_END;
import static org.rosterbridge.clever.csv.SectionColumn.TERM_NAME;
import static org.rosterbridge.clever.csv.SectionColumn.TERM_START;

import java.util.List;
import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.SectionColumn;

/**
 * sections.csv rows. Names repeat across sections (Clever says they are not unique); a few sections leave
 * their name, grade, period or term empty, and mixed-grade electives leave the grade empty.
 */
final class SectionRows {

    /** Teacher_id, then Teacher_2_id to Teacher_10_id, in canonical order. */
    static final List<SectionColumn> TEACHER_COLUMNS =
            List.of(SectionColumn.values()).subList(2, 12);

    private SectionRows() {}

    static String id(int section) {
        return Ids.SECTION.of(section + 1L);
    }

    static Row row(DistrictPlan plan, SchoolSections sections, String schoolId, int local) {
        int section = sections.first + local;
        int grade = sections.grade[local];
        SplittableRandom random = Mix.random(plan.seed, Stream.SECTION, section);
        Catalog.Course course = Catalog.course(random, grade);
        Row.Builder row = Row.builder(CleverFile.SECTIONS)
                .set(SCHOOL_ID, schoolId)
                .set(SECTION_ID, id(section))
                .set(TEACHER_ID, TeacherRows.id(sections.primary[local]));
        int[] coTeachers = sections.coTeachers[local];
        for (int i = 0; i < coTeachers.length; i++) {
            row.set(TEACHER_COLUMNS.get(i + 1), TeacherRows.id(coTeachers[i]));
        }
        String period = Mix.chance(random, 0.04) ? "" : Integer.toString(sections.period[local]);
        row.set(NAME, Mix.chance(random, 0.03) ? "" : name(course, period))
                .set(SECTION_NUMBER, Integer.toString(sections.period[local]))
                .set(GRADE, Mix.chance(random, 0.05) ? "" : Grades.spelling(grade))
                .set(COURSE_NAME, course.name())
                .set(COURSE_NUMBER, course.number())
                .set(COURSE_DESCRIPTION, Mix.chance(random, 0.3) ? course.name() + ", " + gradeLabel(grade) : "")
                .set(PERIOD, period)
                .set(SUBJECT, course.subject().clever());
        return term(row, random, sections.school, grade).build();
    }

    private static String gradeLabel(int grade) {
        return grade >= 1 ? "grade " + grade : Grades.spelling(grade);
    }

    private static String name(Catalog.Course course, String period) {
        return period.isEmpty() ? course.name() : course.name() + " - Period " + period;
    }

    private static Row.Builder term(Row.Builder row, SplittableRandom random, int school, int grade) {
        if (Mix.chance(random, 0.02)) {
            return row;
        }
        Catalog.Term term = Catalog.term(random, school, grade);
        return row.set(TERM_NAME, term.name()).set(TERM_START, term.start()).set(TERM_END, term.end());
    }
}
