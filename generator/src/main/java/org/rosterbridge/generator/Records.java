package org.rosterbridge.generator;

import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.EnrollmentColumn;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.SchoolColumn;
import org.rosterbridge.clever.csv.SectionColumn;
import org.rosterbridge.clever.csv.StaffColumn;
import org.rosterbridge.clever.csv.StudentColumn;
import org.rosterbridge.clever.csv.TeacherColumn;

/** The identity of a row: which id column names its record. */
final class Records {

    private Records() {}

    static String id(Row row) {
        return switch (row.file()) {
            case SCHOOLS -> row.get(SchoolColumn.SCHOOL_ID);
            case TEACHERS -> row.get(TeacherColumn.TEACHER_ID);
            case STAFF -> row.get(StaffColumn.STAFF_ID);
            case STUDENTS -> row.get(StudentColumn.STUDENT_ID);
            case SECTIONS -> row.get(SectionColumn.SECTION_ID);
            case ENROLLMENTS -> row.get(EnrollmentColumn.STUDENT_ID) + '|' + row.get(EnrollmentColumn.SECTION_ID);
        };
    }

    static String school(Row row) {
        return switch (row.file()) {
            case SCHOOLS -> row.get(SchoolColumn.SCHOOL_ID);
            case TEACHERS -> row.get(TeacherColumn.SCHOOL_ID);
            case STAFF -> row.get(StaffColumn.SCHOOL_ID);
            case STUDENTS -> row.get(StudentColumn.SCHOOL_ID);
            case SECTIONS -> row.get(SectionColumn.SCHOOL_ID);
            case ENROLLMENTS -> row.get(EnrollmentColumn.SCHOOL_ID);
        };
    }

    static CleverFile file(String fileName) {
        for (CleverFile file : CleverFile.values()) {
            if (file.fileName().equals(fileName)) {
                return file;
            }
        }
        throw new IllegalArgumentException("not a Clever file: " + fileName);
    }
}
