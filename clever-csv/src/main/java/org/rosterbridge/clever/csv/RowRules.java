package org.rosterbridge.clever.csv;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The checks that span rows and files: required values, unique ids, references to files read earlier
 * (files are read in {@link CleverFile} order, so every reference points backwards). Keeps only ids, in
 * compact indexes, never rows.
 *
 * <p>References into a file are checked only once that file was read whole with its id column: when
 * schools.csv is missing or unreadable, one error says so, not one per row of every other file.
 */
final class RowRules {

    private static final List<SectionColumn> TEACHER_COLUMNS = List.of(
            SectionColumn.TEACHER_ID,
            SectionColumn.TEACHER_2_ID,
            SectionColumn.TEACHER_3_ID,
            SectionColumn.TEACHER_4_ID,
            SectionColumn.TEACHER_5_ID,
            SectionColumn.TEACHER_6_ID,
            SectionColumn.TEACHER_7_ID,
            SectionColumn.TEACHER_8_ID,
            SectionColumn.TEACHER_9_ID,
            SectionColumn.TEACHER_10_ID);

    private final DateParser dates;
    private final IdIndex schools = new IdIndex();
    private final IdIndex teachers = new IdIndex();
    private final IdIndex staff = new IdIndex();
    private final IdIndex students = new IdIndex();
    private final IdIndex sections = new IdIndex();
    private final LongSet teacherSchools = new LongSet();
    private final LongSet staffSchools = new LongSet();
    private final LongSet enrollments = new LongSet();
    private final StudentRepeats studentRepeats = new StudentRepeats();
    private final Set<CleverFile> whole = EnumSet.noneOf(CleverFile.class);
    private int[] sectionSchools = new int[256];

    RowRules(DateParser dates) {
        this.dates = dates;
    }

    /** Records that {@code file} was read to its end with its id column, so references to it are checked. */
    void readWhole(CleverFile file) {
        whole.add(file);
    }

    void check(RowContext row) {
        required(row);
        switch (row.file()) {
            case SCHOOLS -> school(row);
            case TEACHERS -> teacher(row);
            case STAFF -> staff(row);
            case STUDENTS -> student(row);
            case SECTIONS -> section(row);
            case ENROLLMENTS -> enrollment(row);
        }
    }

    private void required(RowContext row) {
        for (Column column : row.file().columns()) {
            if (column.required()
                    && row.binding().has(column)
                    && row.value(column).isEmpty()) {
                row.report(Rule.VALUE_REQUIRED, column, column.header() + " is empty; Clever requires a value");
            }
        }
    }

    private void school(RowContext row) {
        String id = row.value(SchoolColumn.SCHOOL_ID);
        int added = id.isEmpty() ? 0 : schools.add(id, row.line());
        if (added < 0) {
            duplicate(row, SchoolColumn.SCHOOL_ID, schools.line(~added));
        }
    }

    private void teacher(RowContext row) {
        perSchool(row, TeacherColumn.SCHOOL_ID, TeacherColumn.TEACHER_ID, teachers, teacherSchools);
    }

    private void staff(RowContext row) {
        perSchool(row, StaffColumn.SCHOOL_ID, StaffColumn.STAFF_ID, staff, staffSchools);
    }

    /** Teachers and staff repeat their id once per school: the key is (id, School_id). */
    private void perSchool(RowContext row, Column schoolColumn, Column idColumn, IdIndex ids, LongSet pairs) {
        int school = school(row, schoolColumn);
        String id = row.value(idColumn);
        if (id.isEmpty()) {
            return;
        }
        int added = ids.add(id, row.line());
        int person = added < 0 ? ~added : added;
        if (school >= 0 && !pairs.add(LongSet.pair(person, school))) {
            row.report(
                    Rule.ID_DUPLICATE,
                    idColumn,
                    "appears twice for school " + RowContext.quoted(row.value(schoolColumn))
                            + "; an id may repeat only once per school");
        }
    }

    private void student(RowContext row) {
        school(row, StudentColumn.SCHOOL_ID);
        String id = row.value(StudentColumn.STUDENT_ID);
        if (!id.isEmpty()) {
            studentRepeats.check(students.add(id, row.line()), students, row);
        }
    }

    private void section(RowContext row) {
        int school = school(row, SectionColumn.SCHOOL_ID);
        String id = row.value(SectionColumn.SECTION_ID);
        if (!id.isEmpty()) {
            int added = sections.add(id, row.line());
            if (added < 0) {
                duplicate(row, SectionColumn.SECTION_ID, sections.line(~added));
            } else {
                rememberSectionSchool(added, school);
            }
        }
        sectionTeachers(row);
        termDates(row);
    }

    private void sectionTeachers(RowContext row) {
        for (int i = 0; i < TEACHER_COLUMNS.size(); i++) {
            SectionColumn column = TEACHER_COLUMNS.get(i);
            String teacher = row.value(column);
            if (teacher.isEmpty()) {
                continue;
            }
            if (whole.contains(CleverFile.TEACHERS) && teachers.find(teacher) < 0) {
                row.report(Rule.REF_UNKNOWN_TEACHER, column, unknown(column, teacher, CleverFile.TEACHERS));
            }
            for (int j = 0; j < i; j++) {
                if (teacher.equals(row.value(TEACHER_COLUMNS.get(j)))) {
                    row.report(
                            Rule.SECTION_TEACHER_REPEATED,
                            column,
                            "teacher " + RowContext.quoted(teacher) + " is also in "
                                    + TEACHER_COLUMNS.get(j).header());
                    break;
                }
            }
        }
    }

    private void termDates(RowContext row) {
        int start = dates.parse(row.value(SectionColumn.TERM_START));
        int end = dates.parse(row.value(SectionColumn.TERM_END));
        if (start != DateParser.UNPARSEABLE
                && end != DateParser.UNPARSEABLE
                && (end & ~DateParser.TWO_DIGIT_YEAR) < (start & ~DateParser.TWO_DIGIT_YEAR)) {
            row.report(
                    Rule.TERM_DATES_REVERSED,
                    SectionColumn.TERM_END,
                    "Term_end " + row.value(SectionColumn.TERM_END) + " is before Term_start "
                            + row.value(SectionColumn.TERM_START));
        }
    }

    private void enrollment(RowContext row) {
        int school = school(row, EnrollmentColumn.SCHOOL_ID);
        int section =
                reference(row, EnrollmentColumn.SECTION_ID, sections, CleverFile.SECTIONS, Rule.REF_UNKNOWN_SECTION);
        int student =
                reference(row, EnrollmentColumn.STUDENT_ID, students, CleverFile.STUDENTS, Rule.REF_UNKNOWN_STUDENT);
        if (section >= 0 && student >= 0 && !enrollments.add(LongSet.pair(section, student))) {
            row.report(Rule.ENROLLMENT_DUPLICATE, EnrollmentColumn.STUDENT_ID, "appears again; kept once");
        }
        if (section >= 0 && school >= 0 && sectionSchools[section] >= 0 && sectionSchools[section] != school) {
            row.report(
                    Rule.ENROLLMENT_SCHOOL_MISMATCH,
                    EnrollmentColumn.SCHOOL_ID,
                    "School_id differs from the section's School_id in sections.csv");
        }
    }

    /** The number of the school named in {@code column}, or -1 (reported when schools.csv was read whole). */
    private int school(RowContext row, Column column) {
        return reference(row, column, schools, CleverFile.SCHOOLS, Rule.REF_UNKNOWN_SCHOOL);
    }

    private int reference(RowContext row, Column column, IdIndex ids, CleverFile target, Rule rule) {
        String id = row.value(column);
        if (id.isEmpty()) {
            return -1;
        }
        int found = ids.find(id);
        if (found < 0 && whole.contains(target)) {
            row.report(rule, column, unknown(column, id, target));
        }
        return found;
    }

    private static String unknown(Column column, String id, CleverFile target) {
        return column.header() + " " + RowContext.quoted(id) + " is not in " + target.fileName();
    }

    private static void duplicate(RowContext row, Column column, long firstLine) {
        row.report(Rule.ID_DUPLICATE, column, column.header() + " appears again (first at line " + firstLine + ")");
    }

    private void rememberSectionSchool(int section, int school) {
        if (section == sectionSchools.length) {
            sectionSchools = Arrays.copyOf(sectionSchools, section + (section >> 1));
        }
        sectionSchools[section] = school;
    }
}
