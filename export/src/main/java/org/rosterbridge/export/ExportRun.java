package org.rosterbridge.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rosterbridge.clever.csv.CleverCsv;
import org.rosterbridge.clever.csv.CleverCsvWriter;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.EnrollmentColumn;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StaffColumn;
import org.rosterbridge.clever.csv.StudentColumn;
import org.rosterbridge.clever.csv.TeacherColumn;

/**
 * One export from the SIS into a directory, in the order the rules need: staff first (teachers must be known
 * before sections name them), then classes, then one streaming pass over students that writes students.csv
 * and enrollments.csv, then sections, teachers, staff and schools.
 */
final class ExportRun {
    private final ExportSettings settings;
    private final Path target;
    private final Problems problems;
    private final Map<CleverFile, Long> rows = new EnumMap<>(CleverFile.class);

    ExportRun(ExportSettings settings, Path target, Problems problems) {
        this.settings = settings;
        this.target = target;
        this.problems = problems;
    }

    /** Writes the files into the target directory and returns the data rows written per file. */
    Map<CleverFile, Long> write() {
        try (SisReader reader = SisReader.open(settings.source(), problems)) {
            SisLoader loader = new SisLoader(reader, problems);
            District district = loader.district();
            Map<String, School> schools = loader.schools();
            StaffIdentity identity = new StaffIdentity(loader.staff(), loader.primaryUsers());
            ExportContext context = ExportContext.of(settings, district, schools, identity);
            List<Row> teachers = TeacherRows.candidates(context);
            Set<String> teacherIds = TeacherRows.ids(teachers);
            ClassIndex index =
                    classIndex(new ClassTables(loader).load(context.selection().classYear()), context, teacherIds);
            Set<String> taken = students(reader, PersonDirectory.load(loader), context, index);
            // Loaded again rather than kept: the students' pass needs the heap for the People records.
            Map<String, SisClass> classes =
                    new ClassTables(loader).load(context.selection().classYear());
            Set<String> usedTeachers = sections(classes, index.teachers(), taken, context, teacherIds);
            List<Row> teacherRows = teachers(teachers, usedTeachers, context);
            List<Row> staffRows = settings.includeStaff() ? StaffRows.rows(context) : List.of();
            writeAll(CleverFile.TEACHERS, teacherRows);
            if (settings.includeStaff()) {
                writeAll(CleverFile.STAFF, staffRows);
            }
            writeAll(CleverFile.SCHOOLS, schoolRows(context, teacherRows, staffRows));
        }
        return rows;
    }

    /**
     * {@code section-selection}, {@code section-teacher}, {@code enrollment-summer-ignored}: the classes that may
     * become sections with their teacher, and the school of each class that may take enrollments.
     */
    private ClassIndex classIndex(Map<String, SisClass> classes, ExportContext context, Set<String> teacherIds) {
        Map<String, String> teachers = new HashMap<>();
        Map<String, String> enrollable = new HashMap<>();
        for (SisClass cls : classes.values()) {
            if (!context.selection().section(cls)) {
                continue;
            }
            Optional<String> teacher = SectionRows.teacher(cls, context, teacherIds);
            if (teacher.isEmpty()) {
                problems.warning(
                        "classes.csv:" + cls.id(),
                        RuleId.SECTION_TEACHER.id(),
                        "class " + cls.id() + " has no exported teacher on its first meeting time; left out");
                continue;
            }
            teachers.put(cls.id(), teacher.get());
            if (context.selection().enrollable(cls)) {
                enrollable.put(cls.id(), cls.schoolId());
            }
        }
        return new ClassIndex(teachers, enrollable);
    }

    /** What the students' pass needs of the classes, without holding the classes themselves. */
    private record ClassIndex(Map<String, String> teachers, Map<String, String> enrollableSchools) {}

    private Set<String> students(SisReader reader, PersonDirectory people, ExportContext context, ClassIndex index) {
        Set<String> taken = new HashSet<>();
        // Only a status filter asks which classes the students take; a district's worth is not kept for nothing.
        boolean track = context.selection().statusFiltersOn();
        try (StudentStream stream = new StudentStream(reader, people, problems);
                CleverCsvWriter students = writer(CleverFile.STUDENTS);
                CleverCsvWriter enrollments = writer(CleverFile.ENROLLMENTS)) {
            stream.forEach(record -> {
                if (!context.selection().student(record)) {
                    return;
                }
                StudentRows.rows(record, context).forEach(students::write);
                for (String classId : sortedDistinct(record.classIds())) {
                    String school = index.enrollableSchools().get(classId);
                    if (school != null) {
                        enrollments.write(
                                enrollment(school, classId, record.student().id()));
                        if (track) {
                            taken.add(classId);
                        }
                    }
                }
            });
            rows.put(CleverFile.STUDENTS, students.rows());
            rows.put(CleverFile.ENROLLMENTS, enrollments.rows());
        }
        return taken;
    }

    /** A student's class ids in order, each once: a handful, so a sorted copy beats a tree set. */
    private static List<String> sortedDistinct(List<String> classIds) {
        if (classIds.size() < 2) {
            return classIds;
        }
        String[] sorted = classIds.toArray(String[]::new);
        Arrays.sort(sorted);
        List<String> distinct = new ArrayList<>(sorted.length);
        for (String id : sorted) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(id)) {
                distinct.add(id);
            }
        }
        return distinct;
    }

    private static Row enrollment(String schoolId, String classId, String studentId) {
        return Row.builder(CleverFile.ENROLLMENTS)
                .set(EnrollmentColumn.SCHOOL_ID, schoolId)
                .set(EnrollmentColumn.SECTION_ID, classId)
                .set(EnrollmentColumn.STUDENT_ID, studentId)
                .build();
    }

    /** Writes sections.csv; returns every teacher id the written sections name. */
    private Set<String> sections(
            Map<String, SisClass> classes,
            Map<String, String> sectionTeachers,
            Set<String> taken,
            ExportContext context,
            Set<String> teacherIds) {
        Set<String> used = new HashSet<>();
        boolean onlyTaken = context.selection().statusFiltersOn();
        try (CleverCsvWriter sections = writer(CleverFile.SECTIONS)) {
            for (SisClass cls : classes.values()) {
                String teacher = sectionTeachers.get(cls.id());
                if (teacher == null || (onlyTaken && !taken.contains(cls.id()))) {
                    continue;
                }
                Row row = SectionRows.row(cls, teacher, context, teacherIds, problems);
                sections.write(row);
                for (int i = 2; i < 12; i++) {
                    used.add(row.values().get(i));
                }
            }
            rows.put(CleverFile.SECTIONS, sections.rows());
        }
        used.remove("");
        return used;
    }

    /** {@code teacher-status-filter}: with a status filter on, only teachers of the sections written. */
    private static List<Row> teachers(List<Row> candidates, Set<String> used, ExportContext context) {
        if (!context.selection().statusFiltersOn()) {
            return candidates;
        }
        List<Row> kept = new ArrayList<>();
        for (Row row : candidates) {
            if (used.contains(row.get(TeacherColumn.TEACHER_ID))) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** {@code school-selection}, {@code school-district-row}. */
    private static List<Row> schoolRows(ExportContext context, List<Row> teachers, List<Row> staff) {
        List<Row> result = new ArrayList<>();
        boolean districtUsed =
                teachers.stream().anyMatch(r -> context.selection().isDistrict(r.get(TeacherColumn.SCHOOL_ID)))
                        || staff.stream().anyMatch(r -> context.selection().isDistrict(r.get(StaffColumn.SCHOOL_ID)));
        boolean districtWritten = false;
        for (School school : context.schools().values()) {
            if (districtUsed && !districtWritten && context.district().id().compareTo(school.id()) < 0) {
                result.add(SchoolRows.districtRow(context.district()));
                districtWritten = true;
            }
            if (context.selection().school(school)) {
                result.add(SchoolRows.row(school));
            }
        }
        if (districtUsed && !districtWritten) {
            result.add(SchoolRows.districtRow(context.district()));
        }
        return result;
    }

    private void writeAll(CleverFile file, List<Row> all) {
        try (CleverCsvWriter writer = writer(file)) {
            all.forEach(writer::write);
            rows.put(file, writer.rows());
        }
    }

    /** {@code output-format}: the seed's columns in the seed's order, spelled as the seed spells them. */
    private CleverCsvWriter writer(CleverFile file) {
        CleverCsvWriter writer = CleverCsv.writer(target.resolve(file.fileName()), file);
        if (file == CleverFile.STUDENTS) {
            writer.header(StudentColumn.HISPANIC_LATINO, SeedLayout.HISPANIC_HEADER);
        }
        return writer;
    }
}
