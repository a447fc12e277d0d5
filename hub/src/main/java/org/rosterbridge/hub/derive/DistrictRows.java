package org.rosterbridge.hub.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.clever.ContactType;
import org.rosterbridge.clever.Relationship;
import org.rosterbridge.clever.csv.EnrollmentColumn;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.SchoolColumn;
import org.rosterbridge.clever.csv.SectionColumn;
import org.rosterbridge.clever.csv.StaffColumn;
import org.rosterbridge.clever.csv.StudentColumn;
import org.rosterbridge.clever.csv.TeacherColumn;
import org.rosterbridge.hub.compact.IntList;
import org.rosterbridge.hub.compact.LongList;
import org.rosterbridge.hub.ids.CleverIds;
import org.rosterbridge.hub.ids.IdSpace;

/**
 * Everything read from one upload, held compactly: SIS ids numbered, relations as int lists, and the
 * bulky student and section rows parked in work files. Schools, teachers and staff are few and stay as
 * rows. Rows whose references are unknown are skipped here; validation reports them and rejects the
 * upload.
 *
 * <p>Not thread-safe; fed by one reader.
 */
final class DistrictRows implements Consumer<Row>, AutoCloseable {
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

    final CleverIds ids;
    final Interner schools = new Interner();
    final List<Row> schoolRows = new ArrayList<>();

    final Interner teachers = new Interner();
    final List<Row> teacherRows = new ArrayList<>();
    final List<IntList> teacherSchools = new ArrayList<>();

    final Interner staff = new Interner();
    final List<Row> staffRows = new ArrayList<>();
    final List<IntList> staffSchools = new ArrayList<>();

    final Interner students = new Interner();
    final LongList studentOffsets = new LongList();
    final IntList studentSchools = new IntList();
    final RowSpill studentSpill;

    final IdInterner contacts = new IdInterner();
    final LongList contactOffsets = new LongList();
    final IntList appearanceContact = new IntList();
    final IntList appearanceStudent = new IntList();
    // The relationship's code in the high half, the contact type's in the low half.
    final IntList appearanceCodes = new IntList();
    final Codebook<Coded<Relationship>> relationships = new Codebook<>(Codes::relationship);
    final Codebook<Coded<ContactType>> contactTypes = new Codebook<>(Codes::contactType);

    final Interner sections = new Interner();
    final LongList sectionOffsets = new LongList();
    final IntList sectionSchools = new IntList();
    final IntList sectionTeacherStart = new IntList();
    final IntList sectionTeachers = new IntList();
    final IntList sectionTerms = new IntList();
    final IntList sectionCourses = new IntList();
    final RowSpill sectionSpill;

    final Interner terms = new Interner();
    final Interner courses = new Interner();
    final List<String> courseNames = new ArrayList<>();
    final List<String> courseNumbers = new ArrayList<>();

    final IntList enrollmentSection = new IntList(1024);
    final IntList enrollmentStudent = new IntList(1024);

    DistrictRows(CleverIds ids, Path workDirectory) {
        this.ids = ids;
        this.studentSpill = new RowSpill(workDirectory, "students");
        this.sectionSpill = new RowSpill(workDirectory, "sections");
    }

    @Override
    public void accept(Row row) {
        switch (row.file()) {
            case SCHOOLS -> school(row);
            case TEACHERS -> teacher(row);
            case STAFF -> staff(row);
            case STUDENTS -> student(row);
            case SECTIONS -> section(row);
            case ENROLLMENTS -> enrollment(row);
        }
    }

    private void school(Row row) {
        String id = row.get(SchoolColumn.SCHOOL_ID);
        if (!id.isEmpty() && schools.find(id) < 0) {
            schools.intern(id);
            schoolRows.add(row);
        }
    }

    private void teacher(Row row) {
        person(
                row,
                row.get(TeacherColumn.TEACHER_ID),
                row.get(TeacherColumn.SCHOOL_ID),
                teachers,
                teacherRows,
                teacherSchools);
    }

    private void staff(Row row) {
        person(row, row.get(StaffColumn.STAFF_ID), row.get(StaffColumn.SCHOOL_ID), staff, staffRows, staffSchools);
    }

    // Teachers and staff come once per school; the first row carries the person, every row a school.
    private void person(Row row, String id, String school, Interner people, List<Row> rows, List<IntList> schoolLists) {
        int schoolNumber = schools.find(school);
        if (id.isEmpty() || schoolNumber < 0) {
            return;
        }
        int number = people.find(id);
        if (number < 0) {
            number = people.intern(id);
            rows.add(row);
            schoolLists.add(new IntList(2));
        }
        schoolLists.get(number).add(schoolNumber);
    }

    private void student(Row row) {
        String id = row.get(StudentColumn.STUDENT_ID);
        int school = schools.find(row.get(StudentColumn.SCHOOL_ID));
        if (id.isEmpty() || school < 0) {
            return;
        }
        long offset = studentSpill.write(row);
        int number = students.find(id);
        if (number < 0) {
            number = students.intern(id);
            studentOffsets.add(offset);
            studentSchools.add(school);
        }
        ContactKey.of(row).ifPresent(key -> contact(key, row, offset));
    }

    private void contact(String key, Row row, long offset) {
        int number = contacts.intern(ids.of(IdSpace.CONTACT_USER, key));
        if (number == contactOffsets.size()) {
            contactOffsets.add(offset);
        }
        appearanceContact.add(number);
        appearanceStudent.add(students.find(row.get(StudentColumn.STUDENT_ID)));
        appearanceCodes.add((relationships.code(row.get(StudentColumn.CONTACT_RELATIONSHIP)) << 16)
                | contactTypes.code(row.get(StudentColumn.CONTACT_TYPE)));
    }

    private void section(Row row) {
        String id = row.get(SectionColumn.SECTION_ID);
        int school = schools.find(row.get(SectionColumn.SCHOOL_ID));
        if (id.isEmpty() || school < 0 || sections.find(id) >= 0) {
            return;
        }
        sections.intern(id);
        sectionOffsets.add(sectionSpill.write(row));
        sectionSchools.add(school);
        sectionTeacherStart.add(sectionTeachers.size());
        sectionTeachers(row);
        sectionTerms.add(TermKey.of(row).map(terms::intern).orElse(-1));
        sectionCourses.add(course(row));
    }

    private void sectionTeachers(Row row) {
        int first = sectionTeachers.size();
        for (SectionColumn column : TEACHER_COLUMNS) {
            int teacher = teachers.find(row.get(column));
            if (teacher >= 0 && !contains(sectionTeachers, first, teacher)) {
                sectionTeachers.add(teacher);
            }
        }
    }

    private static boolean contains(IntList list, int from, int value) {
        for (int i = from; i < list.size(); i++) {
            if (list.get(i) == value) {
                return true;
            }
        }
        return false;
    }

    private int course(Row row) {
        String name = row.get(SectionColumn.COURSE_NAME);
        String number = row.get(SectionColumn.COURSE_NUMBER);
        if (name.isEmpty() && number.isEmpty()) {
            return -1;
        }
        int course = courses.intern(number.isEmpty() ? "name:" + name : "number:" + number);
        if (course == courseNames.size()) {
            courseNames.add(name);
            courseNumbers.add(number);
        }
        return course;
    }

    private void enrollment(Row row) {
        int section = sections.find(row.get(EnrollmentColumn.SECTION_ID));
        int student = students.find(row.get(EnrollmentColumn.STUDENT_ID));
        if (section >= 0 && student >= 0) {
            enrollmentSection.add(section);
            enrollmentStudent.add(student);
        }
    }

    /** The teachers of section {@code section}, primary first. */
    int[] teachersOf(int section) {
        int from = sectionTeacherStart.get(section);
        int to = section + 1 < sectionTeacherStart.size()
                ? sectionTeacherStart.get(section + 1)
                : sectionTeachers.size();
        int[] result = new int[to - from];
        for (int i = from; i < to; i++) {
            result[i - from] = sectionTeachers.get(i);
        }
        return result;
    }

    @Override
    public void close() {
        studentSpill.close();
        sectionSpill.close();
    }
}
