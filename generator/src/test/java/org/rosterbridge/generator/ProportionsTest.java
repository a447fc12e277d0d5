package org.rosterbridge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.rosterbridge.clever.csv.CleverFile.ENROLLMENTS;
import static org.rosterbridge.clever.csv.CleverFile.SCHOOLS;
import static org.rosterbridge.clever.csv.CleverFile.SECTIONS;
import static org.rosterbridge.clever.csv.CleverFile.STAFF;
import static org.rosterbridge.clever.csv.CleverFile.STUDENTS;
import static org.rosterbridge.clever.csv.CleverFile.TEACHERS;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A district keeps the tiers' proportions: 17 students a teacher, 6 sections a teacher, 8 enrolments a student. */
class ProportionsTest {

    @TempDir
    Path directory;

    @Test
    void keepsTheTierProportionsForTwoThousandStudents() {
        GenerationSummary summary = DistrictGenerator.generate(new GeneratorSettings(2_000, 5), directory);
        LoadedDistrict district = LoadedDistrict.load(directory);

        assertThat(district.distinct(STUDENTS, "Student_id")).hasSize(2_000);
        assertThat(district.rows(SCHOOLS)).hasSize(4);
        int teachers = district.distinct(TEACHERS, "Teacher_id").size();
        assertThat(teachers).isCloseTo(118, within(6));
        assertThat((double) district.rows(SECTIONS).size() / teachers).isCloseTo(6.0, within(0.6));
        assertThat((double) district.rows(ENROLLMENTS).size() / 2_000).isCloseTo(8.0, within(0.6));
        assertThat((double) district.distinct(STUDENTS, "Contact_sis_id").size() / 2_000)
                .isCloseTo(1.5, within(0.15));
        assertThat(district.rows(STAFF).size()).isBetween(8, 30);
        assertThat(summary.rows("students.csv"))
                .isEqualTo(district.rows(STUDENTS).size());
        assertThat(summary.rows("enrollments.csv"))
                .isEqualTo(district.rows(ENROLLMENTS).size());
    }

    @Test
    void anchorsSchoolCountsAtTheTiersAndInterpolatesBetween() {
        assertThat(GeneratorSettings.of(Tier.S, 1).schools()).isEqualTo(10);
        assertThat(GeneratorSettings.of(Tier.M, 1).schools()).isEqualTo(70);
        assertThat(GeneratorSettings.of(Tier.L, 1).schools()).isEqualTo(500);
        assertThat(GeneratorSettings.of(Tier.XL, 1).schools()).isEqualTo(1_600);
        assertThat(new GeneratorSettings(200_000, 1).schools()).isEqualTo(285);
        assertThat(new GeneratorSettings(2_200_000, 1).schools()).isEqualTo(3_200);
        assertThat(new GeneratorSettings(50, 1).schools()).isEqualTo(2);
    }

    @Test
    void givesTheTiersAboutSeventeenStudentsPerTeacher() {
        assertThat(GeneratorSettings.of(Tier.S, 1).teachers()).isEqualTo(294);
        assertThat(GeneratorSettings.of(Tier.XL, 1).teachers()).isEqualTo(64_706);
    }

    @Test
    void refusesDistrictsTooSmallToShowTheirEdgeCases() {
        assertThatThrownBy(() -> new GeneratorSettings(GeneratorSettings.MIN_STUDENTS - 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between");
    }
}
