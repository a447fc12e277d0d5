package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;

/** The synthetic SIS: deterministic, covering every rule, and exportable into consistent Clever files. */
class SyntheticSisTest {

    @TempDir
    Path dir;

    static List<Map<String, String>> table(Path extract, SisTable table) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader =
                CsvReader.builder().ofNamedCsvRecord(extract.resolve(table.fileName()))) {
            reader.forEach(r -> rows.add(r.getFieldsAsMap()));
        }
        return rows;
    }

    static Set<String> column(Path extract, SisTable table, String column) throws IOException {
        Set<String> values = new HashSet<>();
        table(extract, table).forEach(r -> values.add(r.get(column)));
        return values;
    }

    @Test
    void sameSeedGivesTheSameExtract() throws IOException {
        SisExport.generate(new SyntheticSis(400, 7, dir.resolve("a")));
        SisExport.generate(new SyntheticSis(400, 7, dir.resolve("b")));
        SisExport.generate(new SyntheticSis(400, 8, dir.resolve("c")));
        for (SisTable table : SisTable.values()) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(table.fileName())))
                    .as(table.fileName())
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(table.fileName())));
        }
        assertThat(Files.readAllBytes(dir.resolve("a/students.csv")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("c/students.csv")));
    }

    @Test
    void syntheticExtractExercisesEveryRule() throws IOException {
        Path sis = SisExport.generate(new SyntheticSis(3_000, 3, dir.resolve("sis")))
                .out();
        List<Map<String, String>> students = table(sis, SisTable.STUDENTS);
        assertThat(students).anyMatch(s -> s.get("active").equals("N"));
        Set<String> grades = column(sis, SisTable.STUDENTS, "current_grade");
        assertThat(grades)
                .containsAnyElementsOf(GradeRule.PREKINDERGARTEN)
                .containsAnyElementsOf(GradeRule.KINDERGARTEN)
                .contains("AAP");
        Set<String> races = column(sis, SisTable.STUDENTS, "race");
        for (String word : List.of("Black", "Multiracial", "Indian", "Pacific", "White", "Asian")) {
            assertThat(races).anyMatch(r -> r.contains(word));
        }
        Set<String> languages = column(sis, SisTable.STUDENTS, "language");
        assertThat(languages)
                .containsAnyElementsOf(StudentFieldRules.LANGUAGES)
                .anyMatch(l -> !StudentFieldRules.LANGUAGES.contains(l));
        assertThat(students)
                .anyMatch(s -> !s.get("summer_school_id").isEmpty()
                        && !s.get("scheduling_school_id").isEmpty());
        assertThat(column(sis, SisTable.STUDENT_STATUSES, "code")).contains("ELL", "ELLIFE", "0231", "8239");
        assertThat(column(sis, SisTable.MEAL_STATUSES, "code")).contains("1", "2", "A", "5817", "5806");
        assertThat(column(sis, SisTable.SPECIAL_ED_STATUSES, "code")).contains("IEP", "SE");
        assertThat(column(sis, SisTable.MEAL_STATUSES, "end_date"))
                .contains("", SyntheticClasses.PAST_END, SyntheticClasses.FUTURE_END);
        Map<String, Integer> guardians = new HashMap<>();
        table(sis, SisTable.GUARDIANS).forEach(g -> guardians.merge(g.get("student_id"), 1, Integer::sum));
        assertThat(guardians.values()).anyMatch(n -> n > 4);
        Map<String, Integer> accounts = new HashMap<>();
        table(sis, SisTable.STAFF)
                .forEach(
                        s -> accounts.merge(s.get("username"), s.get("username").isEmpty() ? 0 : 1, Integer::sum));
        assertThat(accounts.values()).as("cross-building staff").anyMatch(n -> n > 1);
        Map<String, Integer> coTeachers = new HashMap<>();
        table(sis, SisTable.CO_TEACHERS).forEach(c -> coTeachers.merge(c.get("meeting_id"), 1, Integer::sum));
        assertThat(coTeachers.values()).anyMatch(n -> n >= 10);
        assertThat(column(sis, SisTable.CO_TEACHERS, "end_date")).contains(SyntheticClasses.PAST_END);
        assertThat(column(sis, SisTable.SCHOOLS, "summer_school")).contains("Y", "N");
        assertThat(column(sis, SisTable.CLASSES, "school_year")).contains("2027", "2028");
        assertThat(column(sis, SisTable.CLASSES, "summer")).contains("Y");
        assertThat(column(sis, SisTable.STAFF_TYPES, "type"))
                .contains(
                        "Teacher",
                        "Enrichment Teacher",
                        "ELL Teacher",
                        "AIS Teacher",
                        "Clever Admin",
                        "School Tech Lead");
    }

    @Test
    void syntheticExtractExportsIntoConsistentFiles() throws IOException {
        Path sis = SisExport.generate(new SyntheticSis(2_000, 3, dir.resolve("sis")))
                .out();
        for (SourceYear year : SourceYear.values()) {
            for (boolean summer : new boolean[] {false, true}) {
                Path out = dir.resolve(year + "-" + summer);
                ExportSettings settings = ExportSettings.builder(new SisSource.CsvExtract(sis), out, Fixtures.AS_OF)
                        .sourceYear(year)
                        .summerOnly(summer)
                        .includeStaff(true)
                        .build();
                ExportReport report =
                        SisExport.withValidator(FixtureSis.ACCEPT_ALL).export(settings);
                assertThat(report.problems()).isEmpty();
                assertThat(report.delivered()).isTrue();
                assertConsistent(FixtureSis.read(out));
            }
        }
    }

    /** The references Clever checks, so this test does not wait for the Clever CSV validator. */
    static void assertConsistent(Map<CleverFile, List<Map<String, String>>> files) {
        Set<String> schools = ids(files.get(CleverFile.SCHOOLS), "School_id");
        Set<String> teachers = ids(files.get(CleverFile.TEACHERS), "Teacher_id");
        Set<String> sections = ids(files.get(CleverFile.SECTIONS), "Section_id");
        Set<String> students = ids(files.get(CleverFile.STUDENTS), "Student_id");
        for (CleverFile file : files.keySet()) {
            assertThat(files.get(file)).as(file.fileName()).isNotEmpty();
            assertThat(ids(files.get(file), "School_id")).as(file.fileName()).isSubsetOf(schools);
        }
        for (Map<String, String> section : files.get(CleverFile.SECTIONS)) {
            assertThat(teachers).contains(section.get("Teacher_id"));
            for (int i = 2; i <= 10; i++) {
                String co = section.get("Teacher_" + i + "_id");
                assertThat(co.isEmpty() || teachers.contains(co)).as(co).isTrue();
            }
        }
        for (Map<String, String> enrollment : files.get(CleverFile.ENROLLMENTS)) {
            assertThat(sections).contains(enrollment.get("Section_id"));
            assertThat(students).contains(enrollment.get("Student_id"));
        }
        assertThat(files.get(CleverFile.STAFF))
                .allMatch(s -> !s.get("Staff_email").isEmpty());
    }

    static Set<String> ids(List<Map<String, String>> rows, String column) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get(column)));
        return ids;
    }

    @Test
    void generatorWritesEveryTable() throws IOException {
        Path sis =
                SisExport.generate(new SyntheticSis(50, 1, dir.resolve("tiny"))).out();
        try (Stream<Path> files = Files.list(sis)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(
                            Stream.of(SisTable.values()).map(SisTable::fileName).toList());
        }
    }
}
