package org.rosterbridge.hub.derive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rosterbridge.clever.Subject;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.SectionColumn;

class DeriveRulesTest {
    private static Row section(String course, String name, String period) {
        return Row.builder(CleverFile.SECTIONS)
                .set(SectionColumn.SECTION_ID, "SEC1")
                .set(SectionColumn.COURSE_NAME, course)
                .set(SectionColumn.NAME, name)
                .set(SectionColumn.PERIOD, period)
                .build();
    }

    @Test
    void namesASectionAfterCourseTeacherAndPeriod() {
        assertThat(SectionObjects.name(section("Algebra", "ALG-3", "3"), "Smith"))
                .isEqualTo("Algebra - Smith - Period 3");
        assertThat(SectionObjects.name(section("Algebra", "", "Period 3"), "Smith"))
                .isEqualTo("Algebra - Smith - Period 3");
        assertThat(SectionObjects.name(section("Algebra", "", ""), "Smith")).isEqualTo("Algebra - Smith");
        assertThat(SectionObjects.name(section("", "ALG-3", "3"), "Smith")).isEqualTo("ALG-3");
        assertThat(SectionObjects.name(section("", "", "3"), "Smith")).isEqualTo("Smith - Period 3");
        assertThat(SectionObjects.name(section("", "", ""), "")).isEqualTo("SEC1");
    }

    @Test
    void picksThePrimarySchoolByMostSectionsThenMostStudentsThenFileOrder() {
        PrimarySchool rule = new PrimarySchool(new long[] {100, 300, 300});
        assertThat(rule.of(new int[] {0, 0, 1}, 2)).isEqualTo(0);
        assertThat(rule.of(new int[] {0, 1}, 0)).isEqualTo(1);
        assertThat(rule.of(new int[] {2, 1}, 0)).isEqualTo(1);
        assertThat(rule.of(new int[] {}, 2)).isEqualTo(2);
    }

    @Test
    void turnsUnknownSubjectsIntoOtherAndKeepsEmptyOnesEmpty() {
        assertThat(Codes.subject("math").known()).contains(Subject.MATH);
        assertThat(Codes.subject("basket weaving").wire()).isEqualTo("other");
        assertThat(Codes.subject("").wire()).isEmpty();
        assertThat(Codes.grade("K").wire()).isEqualTo("Other");
        assertThat(Codes.gender("unknown").wire()).isEmpty();
    }

    @Test
    void grantsSchoolTechLeadWhateverItsSpelling() {
        assertThat(EmployeeObjects.permission("School Tech Lead").wire()).isEqualTo("SchoolTechLead");
        assertThat(EmployeeObjects.permission("school_tech_lead").wire()).isEqualTo("SchoolTechLead");
        assertThat(EmployeeObjects.permission("").wire()).isEqualTo("PortalOnly");
        assertThat(EmployeeObjects.permission("Principal").wire()).isEqualTo("PortalOnly");
    }

    @Test
    void numbersStringsInOrderOfFirstAppearance() {
        Interner interner = new Interner();
        for (int i = 0; i < 10_000; i++) {
            assertThat(interner.intern("S" + i)).isEqualTo(i);
        }
        assertThat(interner.intern("S5")).isEqualTo(5);
        assertThat(interner.find("S9999")).isEqualTo(9999);
        assertThat(interner.find("nobody")).isEqualTo(-1);
        assertThat(interner.key(42)).isEqualTo("S42");
    }
}
