package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverCsv;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Problem;
import org.rosterbridge.clever.csv.Rule;
import org.rosterbridge.clever.csv.ValidationReport;

/** Staging, pre-flight, churn and the extract's own checks. */
class ExportPipelineTest {

    @TempDir
    Path dir;

    private ExportSettings settings(Path sis, Path out) {
        return ExportSettings.builder(new SisSource.CsvExtract(sis), out, Fixtures.AS_OF)
                .build();
    }

    private static List<String> listing(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void failedPreflightDeliversNothing() throws IOException {
        Path sis = SmallDistrict.build().write(dir.resolve("sis"));
        Path out = dir.resolve("out");
        SisExport.withValidator(FixtureSis.ACCEPT_ALL).export(settings(sis, out));
        byte[] before = Files.readAllBytes(out.resolve("students.csv"));
        Problem missing =
                new Problem("sections.csv", 2, 3, Rule.REF_UNKNOWN_TEACHER, "teacher T9 is not in teachers.csv");
        ExportReport report = SisExport.withValidator(d -> new ValidationReport(List.of(missing), 1, 0, Map.of()))
                .export(settings(sis, out).toBuilder().blankAddresses(true).build());
        assertThat(report.delivered()).isFalse();
        assertThat(report.problems())
                .singleElement()
                .hasToString("sections.csv:2:3 preflight:ref-unknown-teacher teacher T9 is not in teachers.csv");
        assertThat(Files.readAllBytes(out.resolve("students.csv")))
                .as("the last delivered export stays")
                .isEqualTo(before);
        assertThat(listing(out))
                .as("no staging left behind")
                .containsExactly("enrollments.csv", "schools.csv", "sections.csv", "students.csv", "teachers.csv");
    }

    @Test
    void reportsChurnAgainstTheLastDeliveredExport() {
        FixtureSis sis = SmallDistrict.build();
        Path out = dir.resolve("run");
        ExportReport first = sis.export(out, b -> b).report();
        assertThat(first.churn().get(CleverFile.STUDENTS).compared()).isFalse();
        assertThat(first.rows()).containsEntry(CleverFile.STUDENTS, 3L).containsEntry(CleverFile.ENROLLMENTS, 3L);

        sis.students.remove(1);
        sis.students.set(0, Fixtures.record(Fixtures.student("S1", "E1", "03"), "C1"));
        sis.students.add(Fixtures.record(Fixtures.student("S7", "E1", "01"), "C1"));
        ExportReport second = sis.export(out, b -> b).report();
        assertThat(second.churn().get(CleverFile.STUDENTS)).isEqualTo(new FileChurn(true, 3, 3, 1, 1, 1));
        assertThat(second.churn().get(CleverFile.ENROLLMENTS)).isEqualTo(new FileChurn(true, 3, 3, 1, 1, 0));
        assertThat(second.churn().get(CleverFile.STUDENTS).wouldHold())
                .as("1 of 3 removed is over 10 %")
                .isTrue();
        assertThat(second.warnings())
                .anyMatch(w -> w.rule().equals("clever-hold") && w.location().equals("students.csv"));
        assertThat(second.churn().get(CleverFile.SCHOOLS)).isEqualTo(new FileChurn(true, 3, 3, 0, 0, 0));
        assertThat(second.churn().get(CleverFile.SCHOOLS).wouldHold()).isFalse();
    }

    @Test
    void cleverHoldsLargeDeletesAndUpdates() {
        assertThat(new FileChurn(true, 100, 90, 0, 10, 0).wouldHold()).isFalse();
        assertThat(new FileChurn(true, 100, 89, 0, 11, 0).wouldHold()).isTrue();
        assertThat(new FileChurn(true, 100, 100, 0, 0, 75).wouldHold()).isFalse();
        assertThat(new FileChurn(true, 100, 100, 0, 0, 76).wouldHold()).isTrue();
        assertThat(FileChurn.notCompared(5).wouldHold()).isFalse();
    }

    @Test
    void stopsOnAnExtractOutOfStudentOrder() throws IOException {
        Path sis = SmallDistrict.build().write(dir.resolve("sis"));
        Path guardians = sis.resolve("guardians.csv");
        Files.writeString(
                guardians,
                "student_id,person_id,relationship,priority,correspondence,custodial_parent\n"
                        + "S2,P1,Mother,1,Y,Y\nS1,P1,Mother,1,Y,Y\n");
        Files.writeString(sis.resolve("people.csv"), "person_id,first_name,last_name\nP1,Pat,Guard\n");
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> SisExport.withValidator(FixtureSis.ACCEPT_ALL).export(settings(sis, out)))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("guardians.csv:3")
                .hasMessageContaining("extract-order");
        assertThat(listing(out)).as("nothing delivered, no staging left").isEmpty();
    }

    @Test
    void reportsBadExtractValuesWithTheirPlace() throws IOException {
        Path sis = SmallDistrict.build().write(dir.resolve("sis"));
        List<String> lines = Files.readAllLines(sis.resolve("students.csv"));
        lines.set(1, lines.get(1).replace("2015-04-03", "03/04/2015"));
        Files.write(sis.resolve("students.csv"), lines);
        ExportReport report = SisExport.withValidator(FixtureSis.ACCEPT_ALL).export(settings(sis, dir.resolve("out")));
        assertThat(report.delivered()).isFalse();
        assertThat(report.problems())
                .singleElement()
                .hasToString("students.csv:2:dob extract-value dob must be a date YYYY-MM-DD");
    }

    @Test
    void stopsOnATableThatIsNotCsv() throws IOException {
        Path sis = SmallDistrict.build().write(dir.resolve("sis"));
        Files.writeString(sis.resolve("enrollments.csv"), "student_id,class_id\nS1,C1\nS2,C2,extra\n");
        assertThatThrownBy(
                        () -> SisExport.withValidator(FixtureSis.ACCEPT_ALL).export(settings(sis, dir.resolve("out"))))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("enrollments.csv cannot be parsed as CSV");
        assertThat(listing(dir.resolve("out"))).isEmpty();
    }

    @Test
    void refusesAnExtractWithoutARequiredTable() throws IOException {
        Path sis = SmallDistrict.build().write(dir.resolve("sis"));
        Files.delete(sis.resolve("classes.csv"));
        assertThatThrownBy(
                        () -> SisExport.withValidator(FixtureSis.ACCEPT_ALL).export(settings(sis, dir.resolve("out"))))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("classes.csv");
    }

    @Test
    void passesTheCleverCsvValidator() {
        Path sis = SisExport.generate(new SyntheticSis(1_000, 3, dir.resolve("sis")))
                .out();
        assumeValidatorAvailable();
        ExportReport report = SisExport.run(
                settings(sis, dir.resolve("out")).toBuilder().includeStaff(true).build());
        assertThat(report.problems()).isEmpty();
        assertThat(report.delivered()).isTrue();
    }

    /** The Clever CSV validator is written in parallel; until it lands, tests that need it are skipped. */
    static void assumeValidatorAvailable() {
        try {
            CleverCsv.validate(Path.of("."));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("CleverCsv.validate is not implemented yet");
        } catch (RuntimeException e) {
            // implemented: the current directory is simply not a district
        }
    }
}
