package org.rosterbridge.export;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.ValidationReport;

/**
 * A whole hand-built SIS: model records written out as an extract, exported, and the Clever files read back
 * as maps from header to value. Pre-flight is a validator that accepts everything, so these tests do not
 * depend on the Clever CSV validator.
 */
final class FixtureSis {
    final List<School> schools = new ArrayList<>();
    final List<Staff> staff = new ArrayList<>();
    final Map<String, String> users = new HashMap<>();
    final List<SisClass> classes = new ArrayList<>();
    final List<SisStudent> students = new ArrayList<>();
    District district = Fixtures.DISTRICT;

    static final java.util.function.Function<Path, ValidationReport> ACCEPT_ALL =
            dir -> new ValidationReport(List.of(), 0, 0, Map.of());

    Path write(Path dir) {
        try (ExtractTables t = new ExtractTables(dir)) {
            t.row(
                    SisTable.DISTRICT,
                    district.id(),
                    district.name(),
                    district.state(),
                    district.bedsCode(),
                    String.valueOf(district.currentYear()));
            schools.forEach(s -> school(t, s));
            staff.forEach(s -> staff(t, s));
            users.forEach((user, primary) -> t.row(SisTable.USER_ACCOUNTS, user, primary));
            classes.forEach(c -> sisClass(t, c));
            students.stream()
                    .sorted(java.util.Comparator.comparing(r -> r.student().id()))
                    .forEach(r -> student(t, r));
        }
        return dir;
    }

    private static void school(ExtractTables t, School s) {
        t.row(
                SisTable.SCHOOLS,
                s.id(),
                s.name(),
                s.type(),
                s.bedsCode(),
                yn(s.summer()),
                s.contactName(),
                s.streetNumber(),
                s.streetName(),
                s.city(),
                s.state(),
                s.zip(),
                s.phone());
        s.grades().forEach(g -> t.row(SisTable.SCHOOL_GRADES, s.id(), g.code(), String.valueOf(g.sortOrder())));
    }

    private static void staff(ExtractTables t, Staff s) {
        t.row(
                SisTable.STAFF,
                s.id(),
                yn(s.active()),
                s.firstName(),
                s.middleName(),
                s.lastName(),
                s.stateId(),
                s.email(),
                s.alternateEmail(),
                s.integrationId(),
                s.department(),
                s.username());
        s.types().stream().sorted().forEach(type -> t.row(SisTable.STAFF_TYPES, s.id(), type));
        s.schoolIds().forEach(school -> t.row(SisTable.STAFF_SCHOOLS, s.id(), school));
    }

    private static void sisClass(ExtractTables t, SisClass c) {
        t.row(
                SisTable.CLASSES,
                c.id(),
                c.schoolId(),
                String.valueOf(c.schoolYear()),
                c.courseName(),
                c.courseNumber(),
                c.courseDescription(),
                c.subject(),
                c.section(),
                yn(c.summer()));
        for (Semester s : c.semesters()) {
            t.row(
                    SisTable.SEMESTERS,
                    c.id() + "/" + s.id(),
                    c.schoolId(),
                    String.valueOf(c.schoolYear()),
                    s.name(),
                    s.start().toString(),
                    s.end().toString());
            t.row(SisTable.CLASS_SEMESTERS, c.id(), c.id() + "/" + s.id());
        }
        for (MeetingTime m : c.meetingTimes()) {
            t.row(
                    SisTable.MEETING_TIMES,
                    m.id(),
                    c.id(),
                    String.valueOf(m.sequence()),
                    m.teacherId(),
                    m.fromPeriod(),
                    m.toPeriod());
            if (!m.timeEquivalency().isEmpty()) {
                t.row(SisTable.TIME_EQUIVALENCIES, c.schoolId(), m.fromPeriod(), m.toPeriod(), m.timeEquivalency());
            }
            for (CoTeacher co : m.coTeachers()) {
                t.row(
                        SisTable.CO_TEACHERS,
                        m.id(),
                        co.staffId(),
                        String.valueOf(co.sequence()),
                        date(co.start()),
                        date(co.end()));
            }
        }
    }

    private static void student(ExtractTables t, SisStudent r) {
        Student s = r.student();
        MailingAddress a = s.address();
        t.row(
                SisTable.STUDENTS,
                s.id(),
                yn(s.active()),
                s.idNumber(),
                s.stateId(),
                s.integrationId(),
                s.lastName(),
                s.middleName(),
                s.firstName(),
                s.gender(),
                s.graduationYear(),
                s.dob(),
                s.race(),
                yn(s.hispanic()),
                s.language(),
                s.currentSchoolId(),
                s.currentGrade(),
                s.schedulingSchoolId(),
                s.schedulingGrade(),
                s.summerSchoolId(),
                a.streetNumber(),
                a.streetSuffix(),
                a.streetName(),
                a.city(),
                a.state(),
                a.zip(),
                s.email());
        for (StatusKind kind : StatusKind.values()) {
            r.codes(kind).forEach(c -> t.row(kind.table(), s.id(), c.code(), date(c.start()), date(c.end())));
        }
        for (Guardian g : r.guardians()) {
            Person p = g.person();
            t.row(
                    SisTable.GUARDIANS,
                    s.id(),
                    p.id(),
                    g.relationship(),
                    String.valueOf(g.priority()),
                    yn(g.correspondence()),
                    yn(g.custodialParent()));
            t.row(SisTable.PEOPLE, p.id(), p.firstName(), p.lastName());
            p.phones().forEach(ph -> t.row(SisTable.PERSON_PHONES, p.id(), ph.number(), String.valueOf(ph.priority())));
            p.emails()
                    .forEach(e -> t.row(
                            SisTable.PERSON_EMAILS,
                            p.id(),
                            e.address(),
                            yn(e.primary()),
                            String.valueOf(e.sequence())));
        }
        r.classIds().forEach(c -> t.row(SisTable.ENROLLMENTS, s.id(), c));
    }

    private static String yn(boolean flag) {
        return flag ? "Y" : "N";
    }

    private static String date(java.time.LocalDate date) {
        return date.equals(java.time.LocalDate.MIN) || date.equals(DatedCode.OPEN) ? "" : date.toString();
    }

    /** Exports this SIS with settings changed by {@code options}; returns each written file's rows. */
    Exported export(Path dir, UnaryOperator<ExportSettings.Builder> options) {
        Path extract = write(dir.resolve("sis"));
        ExportSettings settings = options.apply(
                        ExportSettings.builder(new SisSource.CsvExtract(extract), dir.resolve("out"), Fixtures.AS_OF))
                .build();
        ExportReport report = SisExport.withValidator(ACCEPT_ALL).export(settings);
        return new Exported(report, read(dir.resolve("out")));
    }

    static Map<CleverFile, List<Map<String, String>>> read(Path out) {
        Map<CleverFile, List<Map<String, String>>> files = new LinkedHashMap<>();
        for (CleverFile file : CleverFile.values()) {
            Path path = out.resolve(file.fileName());
            if (Files.exists(path)) {
                files.put(file, rows(path));
            }
        }
        return files;
    }

    private static List<Map<String, String>> rows(Path path) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(path)) {
            reader.forEach(r -> rows.add(r.getFieldsAsMap()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** An export's report and the files it wrote. */
    record Exported(ExportReport report, Map<CleverFile, List<Map<String, String>>> files) {
        List<Map<String, String>> rows(CleverFile file) {
            return files.getOrDefault(file, List.of());
        }

        List<String> column(CleverFile file, String header) {
            return rows(file).stream().map(r -> r.get(header)).toList();
        }
    }
}
