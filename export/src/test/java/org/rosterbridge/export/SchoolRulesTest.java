package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.SchoolColumn;

/** The schools.csv rules. */
class SchoolRulesTest {

    @TempDir
    Path dir;

    @Test
    void schoolSelection() {
        FixtureSis sis = SmallDistrict.build();
        assertThat(sis.export(dir.resolve("all"), b -> b).column(CleverFile.SCHOOLS, "School_id"))
                .containsExactly("E1", "H1", "SU1");
        assertThat(sis.export(dir.resolve("type"), b -> b.filters(Fixtures.filter("school-type", "High")))
                        .column(CleverFile.SCHOOLS, "School_id"))
                .containsExactly("H1");
        assertThat(sis.export(dir.resolve("school"), b -> b.filters(Fixtures.filter("school", "E1", "SU1")))
                        .column(CleverFile.SCHOOLS, "School_id"))
                .containsExactly("E1", "SU1");
    }

    @Test
    void schoolDistrictRow() {
        FixtureSis sis = SmallDistrict.build();
        sis.staff.add(Fixtures.staff("A9", "D1", "Superintendent"));
        FixtureSis.Exported withStaff = sis.export(dir.resolve("staff"), b -> b.includeStaff(true));
        assertThat(withStaff.column(CleverFile.SCHOOLS, "School_id")).containsExactly("D1", "E1", "H1", "SU1");
        assertThat(withStaff.rows(CleverFile.SCHOOLS).get(0))
                .containsEntry("School_name", "District One")
                .containsEntry("School_number", "100100010000");
        assertThat(sis.export(dir.resolve("none"), b -> b).column(CleverFile.SCHOOLS, "School_id"))
                .as("without staff.csv nobody refers to the district")
                .doesNotContain("D1");
    }

    @Test
    void schoolNumber() {
        Row row = SchoolRows.row(Fixtures.school("E1"));
        assertThat(row.get(SchoolColumn.SCHOOL_NUMBER)).isEqualTo("BEDS-E1");
        assertThat(row.get(SchoolColumn.STATE_ID)).isEqualTo("BEDS-E1");
    }

    @Test
    void schoolGradeRange() {
        School school = new School(
                "E1",
                "E",
                "Elementary",
                "B",
                false,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                List.of(
                        new GradeLevel("05", 9),
                        new GradeLevel("PKF", 1),
                        new GradeLevel("K", 3),
                        new GradeLevel("01", 4)));
        Row row = SchoolRows.row(school);
        assertThat(row.get(SchoolColumn.LOW_GRADE))
                .as("lowest by sort order, shown as a grade")
                .isEqualTo("Prekindergarten");
        assertThat(row.get(SchoolColumn.HIGH_GRADE)).isEqualTo("05");
        School none = new School("X", "X", "", "B", false, "", "", "", "", "", "", "", List.of());
        assertThat(SchoolRows.row(none).get(SchoolColumn.LOW_GRADE)).isEmpty();
    }

    @Test
    void schoolFields() {
        Row row = SchoolRows.row(Fixtures.school("E1"));
        assertThat(row.get(SchoolColumn.SCHOOL_ID)).isEqualTo("E1");
        assertThat(row.get(SchoolColumn.SCHOOL_NAME)).isEqualTo("School E1");
        assertThat(row.get(SchoolColumn.PRINCIPAL)).isEqualTo("Principal E1");
        assertThat(row.get(SchoolColumn.PRINCIPAL_EMAIL)).isEmpty();
        assertThat(row.get(SchoolColumn.SCHOOL_ADDRESS)).isEqualTo("12 Main St");
        assertThat(row.get(SchoolColumn.SCHOOL_CITY)).isEqualTo("Town");
        assertThat(row.get(SchoolColumn.SCHOOL_STATE)).isEqualTo("NY");
        assertThat(row.get(SchoolColumn.SCHOOL_ZIP)).isEqualTo("12345");
        assertThat(row.get(SchoolColumn.SCHOOL_PHONE)).isEqualTo("555-0100");
    }
}
