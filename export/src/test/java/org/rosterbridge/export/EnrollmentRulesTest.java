package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;

/** The enrollments.csv rules. */
class EnrollmentRulesTest {

    @TempDir
    Path dir;

    private static List<String> enrollments(FixtureSis.Exported out) {
        return out.rows(CleverFile.ENROLLMENTS).stream()
                .map(r -> r.get("Student_id") + ">" + r.get("Section_id") + "@" + r.get("School_id"))
                .toList();
    }

    @Test
    void enrollmentSelection() {
        FixtureSis sis = SmallDistrict.build();
        sis.students.add(Fixtures.record(Fixtures.inactive(Fixtures.student("S4", "E1", "01")), "C1"));
        assertThat(enrollments(sis.export(dir.resolve("current"), b -> b)))
                .as("source year's classes of selected students, school of the class, in student then section order")
                .containsExactly("S1>C1@E1", "S2>C2@H1", "S3>C1@E1");
        assertThat(enrollments(sis.export(dir.resolve("next"), b -> b.sourceYear(SourceYear.NEXT))))
                .containsExactly("S1>C3@E1");
        assertThat(enrollments(
                        sis.export(dir.resolve("subject"), b -> b.filters(Fixtures.filter("subject", "Science")))))
                .containsExactly("S2>C2@H1");
        assertThat(enrollments(sis.export(dir.resolve("grade"), b -> b.filters(Fixtures.filter("grade", "09")))))
                .containsExactly("S2>C2@H1");
    }

    @Test
    void enrollmentSummerIgnored() {
        FixtureSis.Exported out = SmallDistrict.build().export(dir, b -> b);
        assertThat(out.column(CleverFile.SECTIONS, "Section_id")).contains("CF", "CS0");
        assertThat(enrollments(out))
                .as("summer classes and summer-school classes get no enrollments")
                .noneMatch(e -> e.contains(">CF") || e.contains(">CS0"));
    }
}
