package org.rosterbridge.export;

import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.SchoolColumn;

/** schools.csv rows. */
final class SchoolRows {
    private SchoolRows() {}

    static Row row(School school) {
        String street = (school.streetNumber() + " " + school.streetName()).strip();
        return Row.builder(CleverFile.SCHOOLS)
                .set(SchoolColumn.SCHOOL_ID, school.id())
                .set(SchoolColumn.SCHOOL_NAME, school.name())
                .set(SchoolColumn.SCHOOL_NUMBER, school.bedsCode())
                .set(SchoolColumn.STATE_ID, school.bedsCode())
                .set(SchoolColumn.LOW_GRADE, gradeRange(school, true))
                .set(SchoolColumn.HIGH_GRADE, gradeRange(school, false))
                .set(SchoolColumn.PRINCIPAL, school.contactName())
                .set(SchoolColumn.SCHOOL_ADDRESS, street)
                .set(SchoolColumn.SCHOOL_CITY, school.city())
                .set(SchoolColumn.SCHOOL_STATE, school.state())
                .set(SchoolColumn.SCHOOL_ZIP, school.zip())
                .set(SchoolColumn.SCHOOL_PHONE, school.phone())
                .build();
    }

    /** {@code school-grade-range}: the lowest or highest offered grade by the SIS's sort order, for display. */
    static String gradeRange(School school, boolean lowest) {
        GradeLevel pick = null;
        for (GradeLevel grade : school.grades()) {
            if (pick == null
                    || (lowest ? grade.sortOrder() < pick.sortOrder() : grade.sortOrder() > pick.sortOrder())) {
                pick = grade;
            }
        }
        return pick == null ? "" : GradeRule.display(pick.code());
    }

    /** {@code school-district-row}: the district as a school, for staff who belong to the district office. */
    static Row districtRow(District district) {
        return Row.builder(CleverFile.SCHOOLS)
                .set(SchoolColumn.SCHOOL_ID, district.id())
                .set(SchoolColumn.SCHOOL_NAME, district.name())
                .set(SchoolColumn.SCHOOL_NUMBER, district.bedsCode())
                .set(SchoolColumn.STATE_ID, district.bedsCode())
                .build();
    }
}
