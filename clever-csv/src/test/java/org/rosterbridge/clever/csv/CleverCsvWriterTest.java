package org.rosterbridge.clever.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's bytes against golden files: quoting, line ends, header spellings, column choice. */
class CleverCsvWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryColumnQuotedWithLfLineEnds() throws IOException {
        Path target = dir.resolve("schools.csv");
        try (CleverCsvWriter writer = CleverCsv.writer(target, CleverFile.SCHOOLS)) {
            writer.write(Row.builder(CleverFile.SCHOOLS)
                    .set(SchoolColumn.SCHOOL_ID, "SCH1")
                    .set(SchoolColumn.SCHOOL_NAME, "North \"Old\" Elementary, Annex")
                    .set(SchoolColumn.SCHOOL_NUMBER, "101")
                    .set(SchoolColumn.LOW_GRADE, "Kindergarten")
                    .set(SchoolColumn.HIGH_GRADE, "5")
                    .set(SchoolColumn.SCHOOL_ADDRESS, "1 Main St\nSuite 2")
                    .set(SchoolColumn.SCHOOL_CITY, "Zürich")
                    .build());
            writer.write(Row.builder(CleverFile.SCHOOLS)
                    .set(SchoolColumn.SCHOOL_ID, "SCH2")
                    .set(SchoolColumn.SCHOOL_NAME, "South Middle")
                    .set(SchoolColumn.SCHOOL_NUMBER, "102")
                    .build());
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(golden("schools.csv"));
    }

    @Test
    void writesChosenColumnsInChosenOrderWithRespelledHeaders() throws IOException {
        Path target = dir.resolve("enrollments.csv");
        try (CleverCsvWriter writer = CleverCsv.writer(target, CleverFile.ENROLLMENTS)
                .columns(List.of(EnrollmentColumn.STUDENT_ID, EnrollmentColumn.SECTION_ID, EnrollmentColumn.SCHOOL_ID))
                .header(EnrollmentColumn.STUDENT_ID, "student_id")) {
            writer.write(Row.builder(CleverFile.ENROLLMENTS)
                    .set(EnrollmentColumn.SCHOOL_ID, "SCH1")
                    .set(EnrollmentColumn.SECTION_ID, "SEC1")
                    .set(EnrollmentColumn.STUDENT_ID, "S1")
                    .build());
            assertThat(writer.rows()).isOne();
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(golden("enrollments-reordered.csv"));
    }

    @Test
    void writesAHeaderOnlyFileWhenNoRowWasWritten() throws IOException {
        Path target = dir.resolve("staff.csv");
        CleverCsv.writer(target, CleverFile.STAFF).close();

        assertThat(Files.readAllBytes(target)).isEqualTo(golden("staff-header-only.csv"));
    }

    @Test
    void refusesARowOfAnotherFile() {
        try (CleverCsvWriter writer = CleverCsv.writer(dir.resolve("schools.csv"), CleverFile.SCHOOLS)) {
            assertThatThrownBy(() -> writer.write(Row.builder(CleverFile.STAFF).build()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = CleverCsvWriterTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
