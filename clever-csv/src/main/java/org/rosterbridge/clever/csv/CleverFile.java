package org.rosterbridge.clever.csv;

import java.util.List;

/**
 * One of the six files a district uploads to Clever over SFTP. Declaration order is the order in which
 * the reader visits them, so that every reference points at a file already read.
 */
public enum CleverFile {
    SCHOOLS("schools.csv", true, List.of(SchoolColumn.values())),
    TEACHERS("teachers.csv", true, List.of(TeacherColumn.values())),
    STAFF("staff.csv", false, List.of(StaffColumn.values())),
    STUDENTS("students.csv", true, List.of(StudentColumn.values())),
    SECTIONS("sections.csv", true, List.of(SectionColumn.values())),
    ENROLLMENTS("enrollments.csv", true, List.of(EnrollmentColumn.values()));

    private final String fileName;
    private final boolean required;
    private final List<Column> columns;

    CleverFile(String fileName, boolean required, List<? extends Column> columns) {
        this.fileName = fileName;
        this.required = required;
        this.columns = List.copyOf(columns);
    }

    /** The file name Clever expects, lower case. */
    public String fileName() {
        return fileName;
    }

    /** Whether Clever requires the file in every upload ({@code staff.csv} is optional). */
    public boolean required() {
        return required;
    }

    /** The columns in canonical order. */
    public List<Column> columns() {
        return columns;
    }
}
